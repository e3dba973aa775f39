using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardDecisionsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_audit_events_Action_OccurredAt",
                table: "audit_events",
                columns: new[] { "Action", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_events_Action_OccurredAt",
                table: "audit_events");
        }
    }
}
