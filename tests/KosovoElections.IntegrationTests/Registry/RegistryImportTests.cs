using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Registry;

/// <summary>
/// The registry import against a real database, once per provider. The class shares one database, so every test
/// uses its own range of personal numbers (its four-digit prefix) and looks only at that range.
/// </summary>
public abstract class RegistryImportTests(DataFixture fixture)
{
    private IRegistryImporter Importer => fixture.Get<IRegistryImporter>();

    [Fact]
    public async Task ImportAsync_GoodFile_ImportsEveryRowAsWritten()
    {
        var report = await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3101000001", "Shpëtim", "Thaçi", "Qëndrim", "1984-02-29", "M", "Mitrovicë e Jugut"),
            RegistryFile.Row("3101000002", "Snežana", "Đorđević", "Živojin", "1971-12-31", "F", "Graçanicë"),
            RegistryFile.Row("3101000003", "Vjosa", "Gashi", "", "2001-01-01", "F", "Drenas (Gllogoc)"),
            RegistryFile.Row("3101000004", "Ana\\Maria", "O'Neill", "\\N")));

        Assert.Equal((4, 4, 0), (report.RowsRead, report.RowsImported, report.RejectedCount));
        var people = await PeopleAsync("3101");
        Assert.Equal(["3101000001", "3101000002", "3101000003", "3101000004"], people.Select(p => p.PersonalNumber));
        AssertPerson(people[0], "Shpëtim", "Thaçi", "Qëndrim", new DateOnly(1984, 2, 29), Sex.Male, 20, RegistryStatus.Active);
        AssertPerson(people[1], "Snežana", "Đorđević", "Živojin", new DateOnly(1971, 12, 31), Sex.Female, 8, RegistryStatus.Active);
        AssertPerson(people[2], "Vjosa", "Gashi", null, new DateOnly(2001, 1, 1), Sex.Female, 7, RegistryStatus.Active);

        // A backslash is data, not an escape: "\N" is a father's name, not a missing one.
        Assert.Equal(("Ana\\Maria", "O'Neill", "\\N"), (people[3].FirstName, people[3].LastName, people[3].FatherName));
    }

    [Fact]
    public async Task ImportAsync_BadRows_ReportsEachByLineAndImportsTheGoodOnes()
    {
        var report = await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3102000001"),
            RegistryFile.Row("310200002"),
            RegistryFile.Row("31020000A3"),
            RegistryFile.Row("3102000004", dateOfBirth: "2001-02-30"),
            RegistryFile.Row("3102000005", sex: "X"),
            RegistryFile.Row("3102000006", municipality: "Beograd"),
            "3102000007,Arben,Krasniqi,Ilir,1990-05-17,M,Prishtinë",
            RegistryFile.Row("3102000008", firstName: "Ar\u0001ben"),
            RegistryFile.Row("3102000009", lastName: "Morina")));

        Assert.Equal((9, 2, 7), (report.RowsRead, report.RowsImported, report.RejectedCount));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], report.Rejected.Select(r => r.Line));
        Assert.Equal(
            [
                (RegistryRowProblem.PersonalNumber, null), (RegistryRowProblem.PersonalNumber, null), (RegistryRowProblem.DateOfBirth, null),
                (RegistryRowProblem.Sex, null), (RegistryRowProblem.Municipality, "Beograd"), (RegistryRowProblem.FieldCount, "7"),
                (RegistryRowProblem.Names, null),
            ],
            report.Rejected.Select(r => (r.Problem, r.Detail)));
        var people = await PeopleAsync("3102");
        Assert.Equal(["3102000001", "3102000009"], people.Select(p => p.PersonalNumber));
        Assert.Equal("Morina", people[1].LastName);
    }

    [Fact]
    public async Task ImportAsync_WrongHeader_RefusesTheFileAndImportsNothing()
    {
        var report = await Importer.ImportAsync(RegistryFile.Raw(
            "personal_number,last_name,first_name,father_name,date_of_birth,sex,municipality,status",
            RegistryFile.Row("3103000001"),
            RegistryFile.Row("3103000002")));

        Assert.Equal((0, 0, 1), (report.RowsRead, report.RowsImported, report.RejectedCount));
        Assert.Equal(1, Assert.Single(report.Rejected).Line);
        Assert.Equal(RegistryRowProblem.Header, report.Rejected[0].Problem);
        Assert.Empty(await PeopleAsync("3103"));
    }

    [Fact]
    public async Task ImportAsync_SamePeopleWithChangedData_UpdatesThemInPlace()
    {
        await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3104000001", lastName: "Krasniqi"),
            RegistryFile.Row("3104000002", firstName: "Jelena", lastName: "Ilić", sex: "F", municipality: "Zveçan")));

        var report = await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3104000001", lastName: "Kelmendi", fatherName: "", municipality: "Pejë"),
            RegistryFile.Row("3104000002", firstName: "Jelena", lastName: "Ilić", sex: "F", municipality: "Zveçan", status: "deceased")));

        Assert.Equal(2, report.RowsImported);
        var people = await PeopleAsync("3104");
        Assert.Equal(2, people.Count);
        AssertPerson(people[0], "Arben", "Kelmendi", null, new DateOnly(1990, 5, 17), Sex.Male, 25, RegistryStatus.Active);
        AssertPerson(people[1], "Jelena", "Ilić", "Ilir", new DateOnly(1990, 5, 17), Sex.Female, 38, RegistryStatus.Deceased);
    }

    [Fact]
    public async Task ImportAsync_SamePersonTwiceInOneFile_KeepsTheLaterRow()
    {
        await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3105000001", lastName: "Gashi"),
            RegistryFile.Row("3105000002", lastName: "Berisha"),
            RegistryFile.Row("3105000001", lastName: "Hoxha", status: "ineligible")));

        var people = await PeopleAsync("3105");
        Assert.Equal(["3105000001", "3105000002"], people.Select(p => p.PersonalNumber));
        Assert.Equal(("Hoxha", RegistryStatus.Ineligible), (people[0].LastName, people[0].Status));
        Assert.Equal("Berisha", people[1].LastName);
    }

    [Fact]
    public async Task ImportAsync_StatusColumn_StoresEachStatus()
    {
        await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3106000001", status: "active"),
            RegistryFile.Row("3106000002", status: "deceased"),
            RegistryFile.Row("3106000003", status: "ineligible"),
            RegistryFile.Row("3106000004", status: "Deceased")));

        var people = await PeopleAsync("3106");
        Assert.Equal(
            [RegistryStatus.Active, RegistryStatus.Deceased, RegistryStatus.Ineligible, RegistryStatus.Deceased],
            people.Select(p => p.Status));
    }

    [Fact]
    public async Task ImportAsync_FileStartsWithByteOrderMark_IsAccepted()
    {
        var report = await Importer.ImportAsync(RegistryFile.WithByteOrderMark(
            RegistryFile.Row("3107000001", firstName: "Ëndrit"),
            RegistryFile.Row("3107000002")));

        Assert.Equal((2, 0), (report.RowsImported, report.RejectedCount));
        var people = await PeopleAsync("3107");
        Assert.Equal(["3107000001", "3107000002"], people.Select(p => p.PersonalNumber));
        Assert.Equal("Ëndrit", people[0].FirstName);
    }

    [Fact]
    public async Task ImportAsync_QuotedFieldOverTwoLines_ReportsEachRowByTheLineItStartsOn()
    {
        var report = await Importer.ImportAsync(RegistryFile.With(
            RegistryFile.Row("3108000001", firstName: "\"Ar\nben\""),
            RegistryFile.Row("3108000002", firstName: "\"Arben, Jr.\""),
            RegistryFile.Row("310800003")));

        Assert.Equal((3, 1, 2), (report.RowsRead, report.RowsImported, report.RejectedCount));
        Assert.Equal([2, 5], report.Rejected.Select(r => r.Line));
        Assert.Equal(RegistryRowProblem.Names, report.Rejected[0].Problem);
        Assert.Equal("Arben, Jr.", Assert.Single(await PeopleAsync("3108")).FirstName);
    }

    private static void AssertPerson(
        CivilRegistryEntry person, string firstName, string lastName, string? fatherName, DateOnly dateOfBirth, Sex sex, int municipalityId, RegistryStatus status) =>
        Assert.Equal(
            (firstName, lastName, fatherName, dateOfBirth, sex, municipalityId, status),
            (person.FirstName, person.LastName, person.FatherName, person.DateOfBirth, person.Sex, person.MunicipalityId, person.Status));

    private async Task<List<CivilRegistryEntry>> PeopleAsync(string prefix)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.RegistryEntries.AsNoTracking()
            .Where(e => e.PersonalNumber.StartsWith(prefix))
            .OrderBy(e => e.PersonalNumber)
            .ToListAsync();
    }
}
