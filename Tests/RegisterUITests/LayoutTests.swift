@testable import RegisterUI
import Testing

@Suite("Layout", .timeLimit(.minutes(15)))
struct LayoutTests {
    @Test func belowTheMinimumThereIsNoLayout() {
        #expect(Layout(size: Size(width: 71, height: 40)) == nil)
        #expect(Layout(size: Size(width: 200, height: 19)) == nil)
        #expect(Layout(size: Size(width: 60, height: 20)) == nil)
        #expect(Layout(size: Layout.minimum) != nil)
    }

    @Test func at80x24() throws {
        let layout = try #require(Layout(size: Size(width: 80, height: 24)))
        #expect(layout.heatMap == Rect(x: 0, y: 0, width: 46, height: 11))
        #expect(layout.list == Rect(x: 0, y: 11, width: 46, height: 11))
        #expect(layout.detail == Rect(x: 46, y: 0, width: 34, height: 22))
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        #expect(heat.cellWidth == 7, "room for [16 3●]")
        #expect(heat.labelWidth == 8)
        #expect(layout.status == Rect(x: 0, y: 22, width: 80, height: 1))
        #expect(layout.hints == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(layout.heatCellHeight == 1)
    }

    @Test func tallTerminalsGetTallerCells() throws {
        let layout = try #require(Layout(size: Size(width: 120, height: 40)))
        #expect(layout.heatCellHeight == 2)
        #expect(layout.heatMap.width == 66)
        #expect(layout.list.height == 22)
    }

    @Test func wideTerminalsGiveThePanesTheirWidth() throws {
        let layout = try #require(Layout(size: Size(width: 200, height: 60)))
        #expect(layout.heatMap.width == 106, "half the width and six columns")
        #expect(layout.detail.width == 94)
        #expect(layout.heatCellHeight == 4)
        #expect(ListGeometry(pane: layout.list).visibleRows >= 25)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        #expect(heat.labelWidth == 13)
        #expect(heat.cellWidth == 18)
        let width = ListGeometry(pane: layout.list).inner.width
        let columns = ListColumns(width: width, longestID: 6, showOwner: false)
        #expect(columns.title >= 53, "\"Reshaping the County Council: Our Improvement Journey\" whole")
        #expect(columns.owner >= 28)
        let fitted = ListColumns(width: width, longestID: 6, longestTitle: 53, showOwner: false)
        #expect(fitted.title == 53, "no wider than the longest title")
        #expect(fitted.owner > columns.owner, "the owner takes what the titles leave")
    }

    /// Every size from the minimum to 200×60: the parts tile the screen without overlapping,
    /// and the heat map's grid, labels and strip fit inside its frame.
    @Test func partsTileTheScreenAtEverySize() throws {
        for width in Layout.minimum.width...200 {
            for height in stride(from: Layout.minimum.height, through: 60, by: 1) {
                let size = Size(width: width, height: height)
                let layout = try #require(Layout(size: size))
                let parts = [layout.heatMap, layout.list, layout.detail, layout.status, layout.hints]
                #expect(parts.reduce(0) { $0 + $1.width * $1.height } == width * height, "\(width)×\(height)")
                for (index, part) in parts.enumerated() {
                    #expect(part.x >= 0 && part.y >= 0 && part.maxX <= width && part.maxY <= height)
                    for other in parts[(index + 1)...] {
                        #expect(!overlap(part, other), "\(width)×\(height): \(part) overlaps \(other)")
                    }
                }
                #expect(ListGeometry(pane: layout.list).visibleRows >= 4)
                #expect(layout.detail.width >= 28)
                let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
                #expect(heat.cellWidth >= 6, "room for [ 2●H]")
                #expect(heat.labelWidth >= 8)
                #expect(heat.cell(likelihood: 5, impact: 1).maxX <= heat.inner.maxX)
                #expect(heat.stripArea.maxY <= heat.inner.maxY)
            }
        }
    }

    @Test func heatMapCellsSitLikeTheKeyToScores() throws {
        let layout = try #require(Layout(size: Size(width: 80, height: 24)))
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: 1)
        #expect(heat.cell(likelihood: 1, impact: 5).y < heat.cell(likelihood: 1, impact: 1).y)
        #expect(heat.cell(likelihood: 1, impact: 3).x < heat.cell(likelihood: 5, impact: 3).x)
    }

    @Test func stripItemsFlowOntoTheSecondRowAndDropWhatDoesNotFit() throws {
        let layout = try #require(Layout(size: Size(width: 80, height: 24)))
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: 1)
        let rects = heat.stripRects(widths: Array(repeating: 10, count: 8))
        let placed = rects.compactMap { $0 }
        #expect(placed.count == 4)
        #expect(Set(placed.map(\.y)).count == 2)
        #expect(placed.allSatisfy { $0.maxX <= heat.inner.maxX })
        #expect(rects.last == .some(nil))
    }

    private func overlap(_ a: Rect, _ b: Rect) -> Bool {
        a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
    }
}
