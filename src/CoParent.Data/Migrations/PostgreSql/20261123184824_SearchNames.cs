using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchFamilyName",
                table: "Children",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "SearchGivenName",
                table: "Children",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "SearchPreferredName",
                table: "Children",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "C");

            // Existing children: lower case without apostrophes, hyphens as spaces. Accents stay until the record
            // is next saved, when NameSearch.Normalise (which removes them too) takes over.
            migrationBuilder.Sql("""
                UPDATE "Children" SET
                    "SearchGivenName" = trim(replace(replace(lower("GivenName"), '''', ''), '-', ' ')),
                    "SearchFamilyName" = trim(replace(replace(lower("FamilyName"), '''', ''), '-', ' ')),
                    "SearchPreferredName" = CASE WHEN trim(coalesce("PreferredName", '')) = '' THEN NULL
                        ELSE trim(replace(replace(lower("PreferredName"), '''', ''), '-', ' ')) END
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Children_SearchFamilyName",
                table: "Children",
                column: "SearchFamilyName");

            migrationBuilder.CreateIndex(
                name: "IX_Children_SearchGivenName",
                table: "Children",
                column: "SearchGivenName");

            migrationBuilder.CreateIndex(
                name: "IX_Children_SearchPreferredName",
                table: "Children",
                column: "SearchPreferredName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Children_SearchFamilyName",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Children_SearchGivenName",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Children_SearchPreferredName",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "SearchFamilyName",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "SearchGivenName",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "SearchPreferredName",
                table: "Children");
        }
    }
}
