using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReturnUnitLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "ReturnUnits",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Location",
                table: "ReturnUnits");
        }
    }
}
