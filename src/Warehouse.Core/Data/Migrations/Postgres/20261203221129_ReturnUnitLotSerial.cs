using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReturnUnitLotSerial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Expiry",
                table: "ReturnUnits",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lot",
                table: "ReturnUnits",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Serial",
                table: "ReturnUnits",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Trace",
                table: "ReturnUnits",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                // Units inspected before the check existed had nothing checked.
                defaultValue: "None");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Expiry",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Lot",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Serial",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Trace",
                table: "ReturnUnits");
        }
    }
}
