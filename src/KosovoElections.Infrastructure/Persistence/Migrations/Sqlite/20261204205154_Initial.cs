using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applicant_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PersonalNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applicant_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "document_blobs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_blobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ElectionDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OffersPostalAbroad = table.Column<bool>(type: "INTEGER", nullable: false),
                    OffersPostalKosovo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GaveUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NameSq = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameSr = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "phone_hand_offs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PersonalNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phone_hand_offs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    TotpSecret = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TotpConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastTotpStep = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedSignIns = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mailboxes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailboxes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mailboxes_elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "missions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_missions", x => x.Id);
                    table.CheckConstraint("CK_missions_reserved_within_capacity", "\"Reserved\" >= 0 AND \"Reserved\" <= \"Capacity\"");
                    table.ForeignKey(
                        name: "FK_missions_elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_entries",
                columns: table => new
                {
                    personal_number = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    father_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    municipality_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_entries", x => x.personal_number);
                    table.ForeignKey(
                        name: "FK_registry_entries_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_recovery_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_recovery_codes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_recovery_codes_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwaitingSecondFactor = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_sessions_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonalNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    address_country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    address_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    address_postal_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReturnMethod = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MissionHeldUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LapsedMissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclarationAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReceiptCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_registry_entries_PersonalNumber",
                        column: x => x.PersonalNumber,
                        principalTable: "registry_entries",
                        principalColumn: "personal_number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subtype = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CapturedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PerceptualHash = table.Column<long>(type: "INTEGER", nullable: false),
                    Brightness = table.Column<double>(type: "REAL", nullable: false),
                    Sharpness = table.Column<double>(type: "REAL", nullable: false),
                    ImageRef = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ThumbnailRef = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImagesDeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_codes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Tries = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_codes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_email_codes_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "municipalities",
                columns: new[] { "Id", "NameSq", "NameSr" },
                values: new object[,]
                {
                    { 1, "Deçan", "Dečane" },
                    { 2, "Dragash", "Dragaš" },
                    { 3, "Ferizaj", "Uroševac" },
                    { 4, "Fushë Kosovë", "Kosovo Polje" },
                    { 5, "Gjakovë", "Đakovica" },
                    { 6, "Gjilan", "Gnjilane" },
                    { 7, "Drenas", "Glogovac" },
                    { 8, "Graçanicë", "Gračanica" },
                    { 9, "Hani i Elezit", "Elez Han" },
                    { 10, "Istog", "Istok" },
                    { 11, "Junik", "Junik" },
                    { 12, "Kaçanik", "Kačanik" },
                    { 13, "Kamenicë", "Kamenica" },
                    { 14, "Klinë", "Klina" },
                    { 15, "Kllokot", "Klokot" },
                    { 16, "Leposaviq", "Leposavić" },
                    { 17, "Lipjan", "Lipljan" },
                    { 18, "Malishevë", "Mališevo" },
                    { 19, "Mamushë", "Mamuša" },
                    { 20, "Mitrovicë e Jugut", "Južna Mitrovica" },
                    { 21, "Mitrovicë e Veriut", "Severna Mitrovica" },
                    { 22, "Novobërdë", "Novo Brdo" },
                    { 23, "Obiliq", "Obilić" },
                    { 24, "Partesh", "Parteš" },
                    { 25, "Pejë", "Peć" },
                    { 26, "Podujevë", "Podujevo" },
                    { 27, "Prishtinë", "Priština" },
                    { 28, "Prizren", "Prizren" },
                    { 29, "Rahovec", "Orahovac" },
                    { 30, "Ranillug", "Ranilug" },
                    { 31, "Shtërpcë", "Štrpce" },
                    { 32, "Shtime", "Štimlje" },
                    { 33, "Skënderaj", "Srbica" },
                    { 34, "Suharekë", "Suva Reka" },
                    { 35, "Viti", "Vitina" },
                    { 36, "Vushtrri", "Vučitrn" },
                    { 37, "Zubin Potok", "Zubin Potok" },
                    { 38, "Zveçan", "Zvečan" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_applicant_sessions_PersonalNumber",
                table: "applicant_sessions",
                column: "PersonalNumber");

            migrationBuilder.CreateIndex(
                name: "IX_applications_MissionHeldUntil",
                table: "applications",
                column: "MissionHeldUntil",
                filter: "\"MissionHeldUntil\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_applications_MissionId",
                table: "applications",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_PersonalNumber",
                table: "applications",
                column: "PersonalNumber");

            migrationBuilder.CreateIndex(
                name: "IX_applications_ReferenceNumber",
                table: "applications",
                column: "ReferenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_Status_SubmittedAt",
                table: "applications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_applications_live_per_person",
                table: "applications",
                columns: new[] { "ElectionId", "PersonalNumber" },
                unique: true,
                filter: "\"Status\" NOT IN ('Rejected', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_ApplicationId",
                table: "audit_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_PreviousHash",
                table: "audit_events",
                column: "PreviousHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_blobs_CreatedAt",
                table: "document_blobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_documents_ApplicationId",
                table: "documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_PerceptualHash",
                table: "documents",
                column: "PerceptualHash");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Sha256",
                table: "documents",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_elections_OpensAt_ClosesAt",
                table: "elections",
                columns: new[] { "OpensAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_email_codes_ApplicationId_Sequence",
                table: "email_codes",
                columns: new[] { "ApplicationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_codes_NormalizedEmail_CreatedAt",
                table: "email_codes",
                columns: new[] { "NormalizedEmail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_email_outbox_DueAt",
                table: "email_outbox",
                column: "DueAt",
                filter: "\"SentAt\" IS NULL AND \"GaveUpAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_mailboxes_ElectionId_Place_CountryCode",
                table: "mailboxes",
                columns: new[] { "ElectionId", "Place", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_missions_ElectionId_CountryCode",
                table: "missions",
                columns: new[] { "ElectionId", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_municipalities_NameSq",
                table: "municipalities",
                column: "NameSq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_phone_hand_offs_PersonalNumber_ElectionId",
                table: "phone_hand_offs",
                columns: new[] { "PersonalNumber", "ElectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_phone_hand_offs_TokenHash",
                table: "phone_hand_offs",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_entries_municipality_id",
                table: "registry_entries",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_attempts_ClientAddress_OccurredAt",
                table: "sign_in_attempts",
                columns: new[] { "ClientAddress", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_attempts_PersonalNumber_OccurredAt",
                table: "sign_in_attempts",
                columns: new[] { "PersonalNumber", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_NormalizedEmail",
                table: "staff",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_staff_recovery_codes_StaffId_CodeHash",
                table: "staff_recovery_codes",
                columns: new[] { "StaffId", "CodeHash" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_sessions_StaffId",
                table: "staff_sessions",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applicant_sessions");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "document_blobs");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "email_codes");

            migrationBuilder.DropTable(
                name: "email_outbox");

            migrationBuilder.DropTable(
                name: "mailboxes");

            migrationBuilder.DropTable(
                name: "phone_hand_offs");

            migrationBuilder.DropTable(
                name: "sign_in_attempts");

            migrationBuilder.DropTable(
                name: "staff_recovery_codes");

            migrationBuilder.DropTable(
                name: "staff_sessions");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "staff");

            migrationBuilder.DropTable(
                name: "missions");

            migrationBuilder.DropTable(
                name: "registry_entries");

            migrationBuilder.DropTable(
                name: "elections");

            migrationBuilder.DropTable(
                name: "municipalities");
        }
    }
}
