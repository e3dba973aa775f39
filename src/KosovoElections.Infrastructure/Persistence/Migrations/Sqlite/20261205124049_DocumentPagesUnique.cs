using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentPagesUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_ApplicationId",
                table: "documents");

            // Two captures of one page at once could both be saved before this index (decision 0021). Keep every image:
            // the newest photo of a page keeps the page; each older one moves after the last page of its document
            // (a selfie's to page 2, a proof of address's third page to 4), where staff still see it and the
            // applicant's next retake of that photo replaces it. No row and no image is deleted here.
            migrationBuilder.Sql(
                """
                WITH copies AS (
                    SELECT "Id", "ApplicationId", "Kind", "Subtype", "PageNumber", "CapturedAt",
                        ROW_NUMBER() OVER (PARTITION BY "ApplicationId", "Kind", "Subtype", "PageNumber" ORDER BY "CapturedAt" DESC, "Id" DESC) AS copy,
                        MAX("PageNumber") OVER (PARTITION BY "ApplicationId", "Kind", "Subtype") AS last
                    FROM documents),
                moved AS (
                    SELECT "Id", last + ROW_NUMBER() OVER (PARTITION BY "ApplicationId", "Kind", "Subtype" ORDER BY "PageNumber", "CapturedAt", "Id") AS page
                    FROM copies WHERE copy > 1)
                UPDATE documents SET "PageNumber" = (SELECT page FROM moved WHERE moved."Id" = documents."Id")
                WHERE "Id" IN (SELECT "Id" FROM moved);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_documents_ApplicationId_Kind_Subtype_PageNumber",
                table: "documents",
                columns: new[] { "ApplicationId", "Kind", "Subtype", "PageNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_ApplicationId_Kind_Subtype_PageNumber",
                table: "documents");

            migrationBuilder.CreateIndex(
                name: "IX_documents_ApplicationId",
                table: "documents",
                column: "ApplicationId");
        }
    }
}
