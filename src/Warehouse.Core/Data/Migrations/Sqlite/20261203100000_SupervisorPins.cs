using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupervisorPins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApproverAskedUtc",
                table: "Stations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApproverId",
                table: "Stations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PinFailures",
                table: "Operators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PinHash",
                table: "Operators",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PinRetryAfterUtc",
                table: "Operators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_ApproverId",
                table: "Stations",
                column: "ApproverId");

            migrationBuilder.AddForeignKey(
                name: "FK_Stations_Operators_ApproverId",
                table: "Stations",
                column: "ApproverId",
                principalTable: "Operators",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Stations_Operators_ApproverId",
                table: "Stations");

            migrationBuilder.DropIndex(
                name: "IX_Stations_ApproverId",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "ApproverAskedUtc",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "ApproverId",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "PinFailures",
                table: "Operators");

            migrationBuilder.DropColumn(
                name: "PinHash",
                table: "Operators");

            migrationBuilder.DropColumn(
                name: "PinRetryAfterUtc",
                table: "Operators");
        }
    }
}
