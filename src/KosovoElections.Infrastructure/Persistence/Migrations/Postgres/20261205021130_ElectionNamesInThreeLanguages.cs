using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElectionNamesInThreeLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "elections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameSr",
                table: "elections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // An election made before names had three languages keeps its one name in each until an admin translates it.
            migrationBuilder.Sql("UPDATE elections SET \"NameSr\" = \"Name\", \"NameEn\" = \"Name\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "elections");

            migrationBuilder.DropColumn(
                name: "NameSr",
                table: "elections");
        }
    }
}
