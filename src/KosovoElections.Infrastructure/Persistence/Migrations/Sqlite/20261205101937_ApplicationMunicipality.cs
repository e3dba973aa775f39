using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationMunicipality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MunicipalityId",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            // The applications made before the municipality was kept count under the person's municipality in the registry now.
            migrationBuilder.Sql(
                "UPDATE applications SET \"MunicipalityId\" = " +
                "(SELECT r.municipality_id FROM registry_entries AS r WHERE r.personal_number = applications.\"PersonalNumber\");");

            migrationBuilder.CreateIndex(
                name: "IX_applications_MunicipalityId",
                table: "applications",
                column: "MunicipalityId");

            migrationBuilder.AddForeignKey(
                name: "FK_applications_municipalities_MunicipalityId",
                table: "applications",
                column: "MunicipalityId",
                principalTable: "municipalities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_applications_municipalities_MunicipalityId",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_MunicipalityId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "MunicipalityId",
                table: "applications");
        }
    }
}
