using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RegisterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Children_FamilyName",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_CareEpisodes_Decom_Dec",
                table: "CareEpisodes");

            migrationBuilder.CreateIndex(
                name: "IX_Children_FamilyName_GivenName_Id",
                table: "Children",
                columns: new[] { "FamilyName", "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CareEpisodes_Dec_Decom_ChildId_Ls_Place",
                table: "CareEpisodes",
                columns: new[] { "Dec", "Decom", "ChildId", "Ls", "Place" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Children_FamilyName_GivenName_Id",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_CareEpisodes_Dec_Decom_ChildId_Ls_Place",
                table: "CareEpisodes");

            migrationBuilder.CreateIndex(
                name: "IX_Children_FamilyName",
                table: "Children",
                column: "FamilyName");

            migrationBuilder.CreateIndex(
                name: "IX_CareEpisodes_Decom_Dec",
                table: "CareEpisodes",
                columns: new[] { "Decom", "Dec" });
        }
    }
}
