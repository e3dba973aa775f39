using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProofOfAddressPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PageNumber",
                table: "documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // A draft may already hold up to three proof-of-address photos of one kind, all made page 1 above: number
            // them in the order they were taken, so each keeps its own page.
            migrationBuilder.Sql(
                """
                UPDATE documents SET "PageNumber" = (
                    SELECT COUNT(*) FROM documents o
                    WHERE o."ApplicationId" = documents."ApplicationId" AND o."Kind" = documents."Kind" AND o."Subtype" = documents."Subtype"
                      AND (o."CapturedAt" < documents."CapturedAt" OR (o."CapturedAt" = documents."CapturedAt" AND o."Id" <= documents."Id")))
                WHERE "Kind" = 'ProofOfAddress';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PageNumber",
                table: "documents");
        }
    }
}
