/**
 * The dashboard's charts as SVG strings, rendered on the server by Apache ECharts (its server-side
 * rendering: no chart code nor asset reaches the browser). Only the parts used are loaded.
 */
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import { type ComposeOption, init, use } from 'echarts/core'
import type { BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, LegendComponent, SVGRenderer])

type Option = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption>

/** RTES colours. */
const PALETTE = ['#2a6f97', '#e07a1f', '#6a994e', '#9c4f96', '#c1121f', '#577590']
const TEXT = { color: '#5c6470', fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', fontSize: 12 }

function render(option: Option, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: TEXT, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** French numbers (1 801, not 1,801). */
const number = (value: number) => value.toLocaleString('fr-FR')

// Text is measured roughly on the server (no fonts): labels are shortened and given a fixed margin instead.
const LABEL_CHARS = 30
const LABEL_MARGIN = 210
const shorten = (label: string, max = LABEL_CHARS) => (label.length > max ? `${label.slice(0, max - 1)}…` : label)

/** Horizontal bars, largest first (at the top). */
export function horizontalBars(rows: { label: string; value: number }[], { width = 560 } = {}): string {
  const ordered = [...rows].reverse()
  return render(
    {
      grid: { left: LABEL_MARGIN, right: 56, top: 8, bottom: 28 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: number }, splitLine: { lineStyle: { color: '#e3e6ea' } } },
      yAxis: { type: 'category', data: ordered.map(({ label }) => shorten(label)), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: ordered.map(({ value }) => value),
          barMaxWidth: 22,
          label: { show: true, position: 'right', ...TEXT, formatter: ({ value }) => number(Number(value)) },
        },
      ],
    },
    width,
    Math.max(120, 40 + rows.length * 32),
  )
}

/** Stacked columns, one stack per category (months), one colour per series. */
export function stackedColumns(
  categories: string[],
  series: { name: string; values: number[] }[],
  { width = 560, height = 280 } = {},
): string {
  // The legend wraps once the series' names outgrow the width: room is made below the axis for each line.
  const lines = legendLines(
    series.map(({ name }) => name),
    width,
  )
  return render(
    {
      legend: { bottom: 0, textStyle: TEXT, itemWidth: 12, itemHeight: 12, itemGap: 20 },
      grid: { left: 48, right: 8, top: 12, bottom: 36 + lines * LEGEND_LINE },
      xAxis: { type: 'category', data: categories, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: number }, splitLine: { lineStyle: { color: '#e3e6ea' } } },
      series: series.map(({ name, values }) => ({ type: 'bar', name, stack: 'total', data: values, barMaxWidth: 28 })),
    },
    width,
    height + (lines - 1) * LEGEND_LINE,
  )
}

const LEGEND_LINE = 20
/** How many lines ECharts' legend takes for these names, roughly measured (7 px a character, plus the swatch and gap). */
function legendLines(names: string[], width: number): number {
  let lines = 1
  let x = 0
  for (const name of names) {
    const item = name.length * 7 + 12 + 5 + 20
    if (x > 0 && x + item > width) {
      lines++
      x = 0
    }
    x += item
  }
  return lines
}
