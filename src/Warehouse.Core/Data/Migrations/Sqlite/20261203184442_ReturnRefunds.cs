using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReturnRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Refund",
                table: "Returns",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundCurrency",
                table: "Returns",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundDecidedAt",
                table: "Returns",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefundDecidedById",
                table: "Returns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefundDecidedUtc",
                table: "Returns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundDraft",
                table: "Returns",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundDraftMinor",
                table: "Returns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundMinor",
                table: "Returns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundNote",
                table: "Returns",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundReason",
                table: "Returns",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefundedUtc",
                table: "Returns",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Refund",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundCurrency",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundDecidedAt",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundDecidedById",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundDecidedUtc",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundDraft",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundDraftMinor",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundMinor",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundNote",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundReason",
                table: "Returns");

            migrationBuilder.DropColumn(
                name: "RefundedUtc",
                table: "Returns");
        }
    }
}
