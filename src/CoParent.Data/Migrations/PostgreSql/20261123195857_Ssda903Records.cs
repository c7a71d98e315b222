using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Ssda903Records : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Mother",
                table: "Children",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MotherChildDob",
                table: "Children",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdoptionRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    DecidedShouldBePlaced = table.Column<DateOnly>(type: "date", nullable: true),
                    MatchedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ByFormerFosterCarers = table.Column<string>(type: "text", nullable: true),
                    NumberOfAdopters = table.Column<string>(type: "text", nullable: true),
                    AdoptersSex = table.Column<string>(type: "text", nullable: true),
                    AdoptersLegalStatus = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdoptionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdoptionRecords_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualHealthOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    CollectionYear = table.Column<int>(type: "integer", nullable: false),
                    SdqScore = table.Column<string>(type: "text", nullable: true),
                    SdqReason = table.Column<string>(type: "text", nullable: true),
                    Convicted = table.Column<string>(type: "text", nullable: true),
                    HealthCheck = table.Column<string>(type: "text", nullable: true),
                    Immunisations = table.Column<string>(type: "text", nullable: true),
                    TeethCheck = table.Column<string>(type: "text", nullable: true),
                    HealthAssessment = table.Column<string>(type: "text", nullable: true),
                    SubstanceMisuse = table.Column<string>(type: "text", nullable: true),
                    InterventionReceived = table.Column<string>(type: "text", nullable: true),
                    InterventionOffered = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualHealthOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualHealthOutcomes_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CareLeaverYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    CollectionYear = table.Column<int>(type: "integer", nullable: false),
                    InTouch = table.Column<string>(type: "text", nullable: true),
                    Activity = table.Column<string>(type: "text", nullable: true),
                    Accommodation = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareLeaverYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareLeaverYears_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChildReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Participation = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildReviews_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeprivationOfLibertyOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeprivationOfLibertyOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeprivationOfLibertyOrders_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissingEpisodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingEpisodes_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementForAdoptionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CeasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeasedReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementForAdoptionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementForAdoptionDecisions_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PreviousPermanence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    CollectionYear = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: true),
                    ArrangedBy = table.Column<string>(type: "text", nullable: true),
                    DatePerm = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreviousPermanence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreviousPermanence_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialWorkerEpisodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    SwId = table.Column<string>(type: "text", nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialWorkerEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialWorkerEpisodes_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ssda903StoredTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollectionYear = table.Column<int>(type: "integer", nullable: false),
                    Table = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ssda903StoredTables", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdoptionRecords_ChildId",
                table: "AdoptionRecords",
                column: "ChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualHealthOutcomes_ChildId_CollectionYear",
                table: "AnnualHealthOutcomes",
                columns: new[] { "ChildId", "CollectionYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualHealthOutcomes_CollectionYear",
                table: "AnnualHealthOutcomes",
                column: "CollectionYear");

            migrationBuilder.CreateIndex(
                name: "IX_CareLeaverYears_ChildId_CollectionYear",
                table: "CareLeaverYears",
                columns: new[] { "ChildId", "CollectionYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareLeaverYears_CollectionYear",
                table: "CareLeaverYears",
                column: "CollectionYear");

            migrationBuilder.CreateIndex(
                name: "IX_ChildReviews_ChildId_ReviewDate",
                table: "ChildReviews",
                columns: new[] { "ChildId", "ReviewDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildReviews_ReviewDate",
                table: "ChildReviews",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_DeprivationOfLibertyOrders_ChildId_Start",
                table: "DeprivationOfLibertyOrders",
                columns: new[] { "ChildId", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_ChildId_Start",
                table: "MissingEpisodes",
                columns: new[] { "ChildId", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementForAdoptionDecisions_ChildId_DecidedOn",
                table: "PlacementForAdoptionDecisions",
                columns: new[] { "ChildId", "DecidedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreviousPermanence_ChildId_CollectionYear",
                table: "PreviousPermanence",
                columns: new[] { "ChildId", "CollectionYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreviousPermanence_CollectionYear",
                table: "PreviousPermanence",
                column: "CollectionYear");

            migrationBuilder.CreateIndex(
                name: "IX_SocialWorkerEpisodes_ChildId_Start",
                table: "SocialWorkerEpisodes",
                columns: new[] { "ChildId", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ssda903StoredTables_CollectionYear_Table",
                table: "Ssda903StoredTables",
                columns: new[] { "CollectionYear", "Table" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdoptionRecords");

            migrationBuilder.DropTable(
                name: "AnnualHealthOutcomes");

            migrationBuilder.DropTable(
                name: "CareLeaverYears");

            migrationBuilder.DropTable(
                name: "ChildReviews");

            migrationBuilder.DropTable(
                name: "DeprivationOfLibertyOrders");

            migrationBuilder.DropTable(
                name: "MissingEpisodes");

            migrationBuilder.DropTable(
                name: "PlacementForAdoptionDecisions");

            migrationBuilder.DropTable(
                name: "PreviousPermanence");

            migrationBuilder.DropTable(
                name: "SocialWorkerEpisodes");

            migrationBuilder.DropTable(
                name: "Ssda903StoredTables");

            migrationBuilder.DropColumn(
                name: "Mother",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "MotherChildDob",
                table: "Children");
        }
    }
}
