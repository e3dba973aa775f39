using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;

namespace KosovoElections.UnitTests.Application;

public sealed class RegistryRowTests
{
    [Fact]
    public void Parse_GoodRow_GivesTheEntry()
    {
        var row = Parse(["1000000033", "Milica", "Jovanović", "", "1981-11-18", "F", "Graçanicë", ""]);
        var entry = Assert.IsType<CivilRegistryEntry>(row.Entry);
        Assert.Null(entry.FatherName);
        Assert.Equal(Sex.Female, entry.Sex);
        Assert.Equal(8, entry.MunicipalityId);
        Assert.Equal(RegistryStatus.Active, entry.Status);
    }

    [Theory]
    [InlineData("123456789", "1990-01-01", "M", "Prishtinë", "active", RegistryRowProblem.PersonalNumber)]
    [InlineData("1000000017", "1990-02-30", "M", "Prishtinë", "active", RegistryRowProblem.DateOfBirth)]
    [InlineData("1000000017", "01.02.1990", "M", "Prishtinë", "active", RegistryRowProblem.DateOfBirth)]
    [InlineData("1000000017", "1990-01-01", "X", "Prishtinë", "active", RegistryRowProblem.Sex)]
    [InlineData("1000000017", "1990-01-01", "M", "Beograd", "active", RegistryRowProblem.Municipality)]
    [InlineData("1000000017", "1990-01-01", "M", "Prishtinë", "alive", RegistryRowProblem.Status)]
    public void Parse_BadField_NamesTheProblem(string number, string born, string sex, string municipality, string status, RegistryRowProblem problem)
    {
        var row = Parse([number, "Arben", "Krasniqi", "Ilir", born, sex, municipality, status]);
        Assert.Null(row.Entry);
        Assert.Equal(problem, row.Problem);
    }

    [Fact]
    public void Parse_ControlCharacterInName_IsRefused() =>
        Assert.Null(Parse(["1000000017", "Ar\u0000ben", "Krasniqi", "", "1990-01-01", "M", "Pejë", "active"]).Entry);

    [Fact]
    public void Parse_WrongFieldCount_IsRefused() =>
        Assert.Equal((RegistryRowProblem.FieldCount, "2"), (Parse(["1000000017", "Arben"]).Problem, Parse(["1000000017", "Arben"]).Detail));

    /// <summary>Lays the fields out as the CSV reader does: one record and the range of each field in it.</summary>
    private static RowResult Parse(string[] fields)
    {
        var record = string.Join(',', fields);
        var ranges = new Range[fields.Length];
        var start = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            ranges[i] = new Range(start, start + fields[i].Length);
            start += fields[i].Length + 1;
        }

        return RegistryRow.Parse(new RegistryFields(record, ranges), new NamePool());
    }
}
