using System.Globalization;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>One prepared upsert reused for every row, in a single transaction: the whole file or nothing.</summary>
internal sealed class SqliteRegistrySink(ElectionsDbContext db) : IRegistrySink
{
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private SqliteCommand? _upsert;
    private SqliteParameter[] _parameters = [];

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        await _connection.OpenAsync(cancellationToken);
        _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        _upsert = _connection.CreateCommand();
        _upsert.Transaction = _transaction;
        _upsert.CommandText =
            $"INSERT INTO {RegistryColumns.Table} ({RegistryColumns.List}) VALUES ($pn, $fn, $ln, $father, $dob, $sex, $municipality, $status) " +
            $"ON CONFLICT (personal_number) DO UPDATE SET {RegistryColumns.UpdateFromExcluded}";
        _parameters = new[] { "$pn", "$fn", "$ln", "$father", "$dob", "$sex", "$municipality", "$status" }
            .Select(name => _upsert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        _upsert.Prepare();
    }

    public void Add(IReadOnlyList<CivilRegistryEntry> batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var entry = batch[i];
            _parameters[0].Value = entry.PersonalNumber;
            _parameters[1].Value = entry.FirstName;
            _parameters[2].Value = entry.LastName;
            _parameters[3].Value = (object?)entry.FatherName ?? DBNull.Value;
            _parameters[4].Value = entry.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _parameters[5].Value = entry.Sex.ToString();
            _parameters[6].Value = entry.MunicipalityId;
            _parameters[7].Value = entry.Status.ToString();
            _upsert!.ExecuteNonQuery();
        }
    }

    public async Task CompleteAsync(IDictionary<string, TimeSpan> stages, CancellationToken cancellationToken) =>
        await _transaction!.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_upsert is not null)
        {
            await _upsert.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await db.DisposeAsync();
    }
}
