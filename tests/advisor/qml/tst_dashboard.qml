// SPDX-License-Identifier: EUPL-1.2
// The dashboard as drawn: no text on screen shows a suppressed figure as a number.
import QtQuick
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "Dashboard"
    when: windowShown
    // TestCase is an invisible Item by default: pages created under it would be invisible too,
    // show no text and take no clicks.
    visible: true
    width: 1400
    height: 1600

    // Small cells as the registry hides them ("<5", "x"), plus one a faulty registry published
    // as the number 3: the console must show "<5" there too.
    readonly property string report: JSON.stringify({
        format: "vigil-statistics/1", k: 5, labels: { small: "<5", hidden: "x" },
        period: { from: "2025-01", to: "2025-02" }, generated_at: 1750000000,
        units: [{ id: "13-bde", name: "13 Bde", includes: ["42-bn"] }],
        tables: [
            { name: "kind_by_month", row_dimension: "kind", column_dimension: "month",
              rows: ["near_miss", "accident"], columns: ["2025-01", "2025-02"],
              cells: [[12, "<5"], [3, "x"]], row_totals: ["x", "x"], column_totals: [15, "x"], total: 37 },
            { name: "category_by_month", row_dimension: "category", column_dimension: "month",
              rows: ["live_fire", "diving"], columns: ["2025-01", "2025-02"],
              cells: [[20, 0], ["<5", "x"]], row_totals: [20, "<5"], column_totals: ["x", "x"], total: 37 },
            { name: "unit_by_month", row_dimension: "unit", column_dimension: "month",
              rows: ["13-bde", "*"], columns: ["2025-01", "2025-02"],
              cells: [[30, 7], ["<5", "<5"]], row_totals: [37, "<5"], column_totals: ["x", "x"], total: "x" },
            { name: "mode", row_dimension: "mode", column_dimension: "cases",
              rows: ["anonymous", "confidential", "open"], columns: ["cases"],
              cells: [[30], ["<5"], [2]], row_totals: [30, "<5", "x"], column_totals: [37], total: 37 }
        ],
        indicators: { near_miss_per_accident: "x",
                      mode_share_percent: { anonymous: 81.1, confidential: "x", open: "x" } },
        clocks: { acknowledge: { cases: 30, median_days: 6.5, judged: 31, within_clock_percent: 93.5 },
                  feedback: { cases: "<5", median_days: "x", judged: "<5", within_clock_percent: "x" },
                  close: { cases: "<5", median_days: "x" } },
        workload: { open_cases: 9, overdue_acknowledge: 0, overdue_feedback: 0, unassigned_open: 6,
                    advisor_load: [{ member: "m3", open_cases: 6 }] }
    })

    Component {
        id: pageComponent
        DashboardPage {
            width: 1400
            height: 1600
        }
    }

    function texts(item, out) {
        if (item.visible === false)
            return out
        if (item.text !== undefined && typeof item.text === "string")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], out)
        return out
    }

    function test_suppressed_values_never_render_as_numbers() {
        verify(Console.dashboard.loadJson(report))
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        verify(page.visible, "the page is on screen")
        waitForRendering(page)
        const shown = texts(page, [])
        verify(shown.indexOf("<5") >= 0, "hidden cells show their label")
        verify(shown.indexOf("12") >= 0, "published cells show their number")
        const small = /^\s*[1-4](\.\d+)?\s*(%|d)?\s*$/
        for (const t of shown)
            verify(!small.test(t), "a suppressed value rendered as a number: \"" + t + "\"")
        // Each figure's text sits in an item named "figure": none holds a small number.
        let figures = 0
        const walk = item => {
            if (item.objectName === "figure") {
                ++figures
                verify(!small.test(item.text), "figure shows " + item.text)
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(page)
        verify(figures > 20)
    }
}
