using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicantEmailNormalized : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Verified e-mails are stored trimmed and lower-case from now on (VerifyEmailCode), so the shared-e-mail
            // flag compares them by equality along the (ElectionId, Email) index; the older rows are brought in line.
            // lower() of both databases agrees with .NET's ToLowerInvariant on ASCII, which is what addresses are.
            migrationBuilder.Sql(
                "UPDATE applications SET \"Email\" = lower(trim(\"Email\")) WHERE \"Email\" IS NOT NULL AND \"Email\" <> lower(trim(\"Email\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The case the applicants typed is not kept anywhere: nothing to restore.
        }
    }
}
