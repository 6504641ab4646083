using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Picking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OrderId",
                table: "Totes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrderNumber",
                table: "Totes",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "Skus",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "QcPassedUtc",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "QcRequired",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ValueGrosze",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WaveId",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CountTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CountedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CountedById = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PutBackTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToteBarcode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SkuId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    FromLocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PutToLocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PutBackTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PutBackTasks_Skus_SkuId",
                        column: x => x.SkuId,
                        principalTable: "Skus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReleasedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TotesPerCart = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ReleasedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Waves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PickLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PickerId = table.Column<int>(type: "INTEGER", nullable: true),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RouteLengthMm = table.Column<long>(type: "INTEGER", nullable: false),
                    SShapeLengthMm = table.Column<long>(type: "INTEGER", nullable: false),
                    LargestGapLengthMm = table.Column<long>(type: "INTEGER", nullable: false),
                    AtLocation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AwaitingToteSlot = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PickLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PickLists_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WaveOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaveOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaveOrders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaveOrders_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PickLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false),
                    PickListId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkuId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BalanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Picked = table.Column<int>(type: "INTEGER", nullable: false),
                    Shorted = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ToteSlot = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PickLines", x => x.Id);
                    table.CheckConstraint("CK_PickLines_Counts", "\"Quantity\" > 0 AND \"Picked\" >= 0 AND \"Shorted\" >= 0 AND \"Picked\" + \"Shorted\" <= \"Quantity\"");
                    table.ForeignKey(
                        name: "FK_PickLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PickLines_PickLists_PickListId",
                        column: x => x.PickListId,
                        principalTable: "PickLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PickLines_Skus_SkuId",
                        column: x => x.SkuId,
                        principalTable: "Skus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PickLines_StockBalances_BalanceId",
                        column: x => x.BalanceId,
                        principalTable: "StockBalances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PickLines_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PickListTotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PickListId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToteBarcode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PickListTotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PickListTotes_PickLists_PickListId",
                        column: x => x.PickListId,
                        principalTable: "PickLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PickedUnits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PickLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    PickListId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkuId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToteBarcode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickerId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PickedUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PickedUnits_PickLines_PickLineId",
                        column: x => x.PickLineId,
                        principalTable: "PickLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Totes_OrderId",
                table: "Totes",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WaveId",
                table: "Orders",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_CountTasks_LocationCode_CountedUtc",
                table: "CountTasks",
                columns: new[] { "LocationCode", "CountedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PickedUnits_OrderId",
                table: "PickedUnits",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PickedUnits_PickLineId",
                table: "PickedUnits",
                column: "PickLineId");

            migrationBuilder.CreateIndex(
                name: "IX_PickedUnits_SkuId_Serial",
                table: "PickedUnits",
                columns: new[] { "SkuId", "Serial" });

            migrationBuilder.CreateIndex(
                name: "IX_PickLines_BalanceId",
                table: "PickLines",
                column: "BalanceId");

            migrationBuilder.CreateIndex(
                name: "IX_PickLines_OrderId",
                table: "PickLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PickLines_PickListId",
                table: "PickLines",
                column: "PickListId");

            migrationBuilder.CreateIndex(
                name: "IX_PickLines_SkuId",
                table: "PickLines",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_PickLines_WaveId_PickListId",
                table: "PickLines",
                columns: new[] { "WaveId", "PickListId" });

            migrationBuilder.CreateIndex(
                name: "IX_PickLists_State_Id",
                table: "PickLists",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PickLists_WaveId",
                table: "PickLists",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_PickListTotes_PickListId_Slot",
                table: "PickListTotes",
                columns: new[] { "PickListId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PickListTotes_ToteBarcode",
                table: "PickListTotes",
                column: "ToteBarcode");

            migrationBuilder.CreateIndex(
                name: "IX_PutBackTasks_DoneUtc",
                table: "PutBackTasks",
                column: "DoneUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PutBackTasks_SkuId",
                table: "PutBackTasks",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_WaveOrders_OrderId",
                table: "WaveOrders",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_WaveOrders_WaveId_Position",
                table: "WaveOrders",
                columns: new[] { "WaveId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Waves_State",
                table: "Waves",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CountTasks");

            migrationBuilder.DropTable(
                name: "PickedUnits");

            migrationBuilder.DropTable(
                name: "PickListTotes");

            migrationBuilder.DropTable(
                name: "PutBackTasks");

            migrationBuilder.DropTable(
                name: "WaveOrders");

            migrationBuilder.DropTable(
                name: "PickLines");

            migrationBuilder.DropTable(
                name: "PickLists");

            migrationBuilder.DropTable(
                name: "Waves");

            migrationBuilder.DropIndex(
                name: "IX_Totes_OrderId",
                table: "Totes");

            migrationBuilder.DropIndex(
                name: "IX_Orders_WaveId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "OrderId",
                table: "Totes");

            migrationBuilder.DropColumn(
                name: "OrderNumber",
                table: "Totes");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "QcPassedUtc",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "QcRequired",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ValueGrosze",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "WaveId",
                table: "Orders");
        }
    }
}
