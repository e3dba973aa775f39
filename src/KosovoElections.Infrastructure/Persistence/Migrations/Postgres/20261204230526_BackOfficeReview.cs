using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BackOfficeReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HashBand0",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HashBand1",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HashBand2",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HashBand3",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimedBy",
                table: "applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "CorrectionSteps",
                table: "applications",
                type: "character varying(16)[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<Guid>(
                name: "DecidedBy",
                table: "applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "applications",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "sq");

            migrationBuilder.CreateTable(
                name: "application_flags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OtherApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_flags_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_application_flags_applications_OtherApplicationId",
                        column: x => x.OtherApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_notes_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_review_notes_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_documents_HashBand0",
                table: "documents",
                column: "HashBand0");

            migrationBuilder.CreateIndex(
                name: "IX_documents_HashBand1",
                table: "documents",
                column: "HashBand1");

            migrationBuilder.CreateIndex(
                name: "IX_documents_HashBand2",
                table: "documents",
                column: "HashBand2");

            migrationBuilder.CreateIndex(
                name: "IX_documents_HashBand3",
                table: "documents",
                column: "HashBand3");

            // Documents captured before the bands existed get theirs from the hash they already have.
            migrationBuilder.Sql(
                "UPDATE documents SET \"HashBand0\" = \"PerceptualHash\" & 65535, \"HashBand1\" = (\"PerceptualHash\" >> 16) & 65535, " +
                "\"HashBand2\" = (\"PerceptualHash\" >> 32) & 65535, \"HashBand3\" = (\"PerceptualHash\" >> 48) & 65535;");

            migrationBuilder.CreateIndex(
                name: "IX_applications_address_country_address_postal_code",
                table: "applications",
                columns: new[] { "address_country", "address_postal_code" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ClaimedBy",
                table: "applications",
                column: "ClaimedBy",
                filter: "\"ClaimedBy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_applications_ElectionId_Email",
                table: "applications",
                columns: new[] { "ElectionId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ElectionId_Phone",
                table: "applications",
                columns: new[] { "ElectionId", "Phone" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ReceiptCode",
                table: "applications",
                column: "ReceiptCode",
                unique: true,
                filter: "\"ReceiptCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_application_flags_ApplicationId",
                table: "application_flags",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_flags_Kind_ApplicationId",
                table: "application_flags",
                columns: new[] { "Kind", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_application_flags_OtherApplicationId",
                table: "application_flags",
                column: "OtherApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_review_notes_ApplicationId",
                table: "review_notes",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_review_notes_StaffId",
                table: "review_notes",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_flags");

            migrationBuilder.DropTable(
                name: "review_notes");

            migrationBuilder.DropIndex(
                name: "IX_documents_HashBand0",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_HashBand1",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_HashBand2",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_HashBand3",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_applications_address_country_address_postal_code",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_ClaimedBy",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_ElectionId_Email",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_ElectionId_Phone",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_ReceiptCode",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "HashBand0",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "HashBand1",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "HashBand2",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "HashBand3",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "CorrectionSteps",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "applications");
        }
    }
}
