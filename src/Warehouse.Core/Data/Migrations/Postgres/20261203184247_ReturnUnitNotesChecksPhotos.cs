using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReturnUnitNotesChecksPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Checked",
                table: "ReturnUnits",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]"); // units inspected before: nothing ticked

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ReturnUnits",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnNumber",
                table: "Photos",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnUnitId",
                table: "Photos",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Photos_ReturnNumber",
                table: "Photos",
                column: "ReturnNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Photos_ReturnNumber",
                table: "Photos");

            migrationBuilder.DropColumn(
                name: "Checked",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "ReturnNumber",
                table: "Photos");

            migrationBuilder.DropColumn(
                name: "ReturnUnitId",
                table: "Photos");
        }
    }
}
