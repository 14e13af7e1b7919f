import { describe, expect, test } from '@jest/globals'
import { findDate } from '../../../src/engine/changelog/changelog-date.js'

describe('findDate', () => {
  test.each([
    [' (2024-01-02)', '2024-01-02'],
    [' - 2020-12-1', '2020-12-01'],
    [' 2024/03/05', '2024-03-05'],
    [' (6th December, 2024)', '2024-12-06'],
    [' (August 7th, 2020)', '2020-08-07'],
    [' (June 21, 2019)', '2019-06-21'],
    [' February 19 2026', '2026-02-19'],
    [' (Aug 22, 2026)', '2026-08-22'],
    [' (Sept. 3, 2021)', '2021-09-03'],
    ['_4 August 2026_', '2026-08-04'],
    ['[Monday, 6 March 2023](https://x.test)', '2023-03-06'],
    [' (11-06-2013)', '2013-11-06'],
    [' (25-12-2013)', '2013-12-25'],
    [' (2024-02-29)', '2024-02-29'],
    [' (2022-09-20, subsequently yanked on 2022-09-21)', '2022-09-20']
  ])('reads %j as %s', (text, iso) => {
    expect(findDate(text)).toMatchObject({ iso, invalid: false })
  })

  test.each([
    [' - January, 2026', 'January, 2026'],
    [' - October-November, 2003', 'November, 2003']
  ])('keeps the month-and-year %j without a day', (text, written) => {
    expect(findDate(text)).toEqual({ iso: null, text: written, invalid: false })
  })

  test.each([
    [' (2024-13-45)', '2024-13-45'],
    [' (2023-02-29)', '2023-02-29'],
    [' February 30, 2024', 'February 30, 2024'],
    [' Febuary 26 2025', 'Febuary 26 2025'],
    [' (0000-00-00)', '0000-00-00']
  ])('flags %j as no real date', (text, written) => {
    expect(findDate(text)).toEqual({ iso: null, text: written, invalid: true })
  })

  test.each([
    ' (YANKED)',
    ' - in development',
    ' (RC 3)',
    'Version 12 2020',
    ''
  ])('finds no date in %j', text => {
    expect(findDate(text)).toBeNull()
  })

  test('looks only near the start of long text', () => {
    expect(findDate(`${'x'.repeat(500)} 2024-01-02`)).toBeNull()
  })
})
