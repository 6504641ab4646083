using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeopleAndKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "Operators",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastUsedUtc",
                table: "ApiKeys",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scopes",
                table: "ApiKeys",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "orders:import read stations:drive floor:manage");

            migrationBuilder.AddColumn<string>(
                name: "Stations",
                table: "ApiKeys",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "Operators");

            migrationBuilder.DropColumn(
                name: "LastUsedUtc",
                table: "ApiKeys");

            migrationBuilder.DropColumn(
                name: "Scopes",
                table: "ApiKeys");

            migrationBuilder.DropColumn(
                name: "Stations",
                table: "ApiKeys");
        }
    }
}
