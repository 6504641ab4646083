using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GoodsIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InHand",
                table: "PutBackTasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Returned",
                table: "PutBackTasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Supplier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Blind = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpectedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GoodsInDesks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Mode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Confirm = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    PutBackTote = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsInDesks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeliveryId = table.Column<int>(type: "integer", nullable: false),
                    SkuId = table.Column<int>(type: "integer", nullable: false),
                    Lot = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "date", nullable: true),
                    Expected = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    OverConfirmed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryLines", x => x.Id);
                    table.CheckConstraint("CK_DeliveryLines_Counts", "\"Expected\" >= 0 AND \"Received\" >= 0");
                    table.ForeignKey(
                        name: "FK_DeliveryLines_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeliveryLines_Skus_SkuId",
                        column: x => x.SkuId,
                        principalTable: "Skus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeliveryId = table.Column<int>(type: "integer", nullable: false),
                    DeliveryLineId = table.Column<int>(type: "integer", nullable: false),
                    SkuId = table.Column<int>(type: "integer", nullable: false),
                    Lot = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "date", nullable: true),
                    Serial = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    StationCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OperatorId = table.Column<int>(type: "integer", nullable: true),
                    ScannedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LocationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    StoredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceivedUnits_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceivedUnits_DeliveryLines_DeliveryLineId",
                        column: x => x.DeliveryLineId,
                        principalTable: "DeliveryLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Number",
                table: "Deliveries",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_State",
                table: "Deliveries",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryLines_DeliveryId_SkuId_Lot",
                table: "DeliveryLines",
                columns: new[] { "DeliveryId", "SkuId", "Lot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryLines_SkuId",
                table: "DeliveryLines",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsInDesks_PutBackTote",
                table: "GoodsInDesks",
                column: "PutBackTote",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoodsInDesks_StationCode",
                table: "GoodsInDesks",
                column: "StationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedUnits_DeliveryId_StationCode_LocationCode",
                table: "ReceivedUnits",
                columns: new[] { "DeliveryId", "StationCode", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedUnits_DeliveryLineId",
                table: "ReceivedUnits",
                column: "DeliveryLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedUnits_SkuId_Serial",
                table: "ReceivedUnits",
                columns: new[] { "SkuId", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoodsInDesks");

            migrationBuilder.DropTable(
                name: "ReceivedUnits");

            migrationBuilder.DropTable(
                name: "DeliveryLines");

            migrationBuilder.DropTable(
                name: "Deliveries");

            migrationBuilder.DropColumn(
                name: "InHand",
                table: "PutBackTasks");

            migrationBuilder.DropColumn(
                name: "Returned",
                table: "PutBackTasks");
        }
    }
}
