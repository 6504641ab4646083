using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MultiParcel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CarrierProblemCode",
                table: "Parcels",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidRequestedUtc",
                table: "Parcels",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBoxes",
                table: "PackingSessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ParcelCount",
                table: "PackingSessions",
                type: "integer",
                nullable: false,
                defaultValue: 1); // rows from before multi-parcel packing were one parcel, one box

            migrationBuilder.AddColumn<int>(
                name: "Box",
                table: "PackedUnits",
                type: "integer",
                nullable: false,
                defaultValue: 1); // rows from before multi-parcel packing were one parcel, one box
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CarrierProblemCode",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "VoidRequestedUtc",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "ClosedBoxes",
                table: "PackingSessions");

            migrationBuilder.DropColumn(
                name: "ParcelCount",
                table: "PackingSessions");

            migrationBuilder.DropColumn(
                name: "Box",
                table: "PackedUnits");
        }
    }
}
