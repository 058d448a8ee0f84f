import { describe, expect, it } from 'vitest';
import { findSalaries } from '../../src/extract/salary.js';
import { normalize } from '../../src/text/normalize.js';
import { tagPosting } from '../../src/index.js';

const read = (s: string) => {
  const text = normalize(s).text;
  return findSalaries(text, 0).map((f) => [f.min, f.max, f.currency, f.period]);
};

describe('salary', () => {
  it.each([
    ['The base salary range is 148,000 USD - 276,000 USD.', [148000, 276000, 'USD', 'year']],
    ['Salary: $120k–$150k', [120000, 150000, 'USD', 'year']],
    ['€60,000 per annum salary', [60000, null, 'EUR', 'year']],
    ['Pay rate: $45/hour', [45, null, 'USD', 'hour']],
    ['Pay: $45 - $55 per hour', [45, 55, 'USD', 'hour']],
    ['Salary range $120-150k per year', [120000, 150000, 'USD', 'year']],
    ['Compensation: £40,000 - £50,000 a year', [40000, 50000, 'GBP', 'year']],
    ['Salary: £40-50k', [40000, 50000, 'GBP', 'year']],
    ['The salary for this role is USD 100,000 - 120,000 annually', [100000, 120000, 'USD', 'year']],
    ['Base pay: CA$90,000 to CA$110,000', [90000, 110000, 'CAD', 'year']],
    ['Salary: 65.000 EUR brutto per year', [65000, null, 'EUR', 'year']],
    ['Hourly rate of $30 to $40', [30, 40, 'USD', 'hour']],
    ['Stipend of $3,000 per month', [3000, null, 'USD', 'month']],
    ['Day rate: £500 per day', [500, null, 'GBP', 'day']],
    ['Pay range: $1,200 weekly', [1200, null, 'USD', 'week']],
    ['salary of ₹12,00,000 per annum', [1200000, null, 'INR', 'year']],
    ['OTE $200K', [200000, null, 'USD', 'year']],
    ['The pay range for this position is $95,000.00 - $125,000.00', [95000, 125000, 'USD', 'year']],
    ['Salary range: 80000-95000 EUR', [80000, 95000, 'EUR', 'year']],
    ['Salary: CHF 120,000 to CHF 140,000', [120000, 140000, 'CHF', 'year']],
    ['compensation 150 000 SEK per month', [150000, null, 'SEK', 'month']],
    ['月薪 ¥30,000 - ¥45,000 per month 薪资', [30000, 45000, 'JPY', 'month']],
    ['wage of $18.50/hr', [18.5, null, 'USD', 'hour']],
    ['earn up to $90,000 annually', [90000, null, 'USD', 'year']],
    ['base salary $130,000–$160,000 plus bonus', [130000, 160000, 'USD', 'year']],
    ['The annual base salary is A$140,000', [140000, null, 'AUD', 'year']],
    ['Rate: US$75/hr', [75, null, 'USD', 'hour']],
    ['$100,000 - $120,000 a year salary', [100000, 120000, 'USD', 'year']],
    ['The expected pay is 55-65k GBP', [55000, 65000, 'GBP', 'year']],
    ['Salary €45.000 - €55.000', [45000, 55000, 'EUR', 'year']],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it.each([
    ['We raised $20 million in Series B funding'],
    ['a $5 billion company'],
    ['Manage a budget of $2M'],
    ['Python 3.10 and 2,000 users'],
    // Words that only contain a pay word: learning (earn), database (base), remote (ote), work (k).
    ['A $1,000 learning budget'],
    ['Our database of $3,000 items'],
    ['Fully remote, €2,000 home office setup'],
    ['We work with $400 hardware'],
  ])('no salary in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads a figure under a pay heading or field label as pay', () => {
    expect(findSalaries('$120,000 - $150,000', 0).length).toBe(0);
    expect(findSalaries('$120,000 - $150,000', 0, 'Salary:').map((f) => [f.min, f.max])).toEqual([[120000, 150000]]);
    const posting = 'Data Scientist\nSalary: $120,000 - $150,000\nCompensation\n120,000 - 150,000 USD\nRequirements: Python';
    expect(tagPosting(posting).salary?.evidence[0]?.text).toBe('$120,000 - $150,000');
    expect(tagPosting('Data Scientist\nBenefits\nA $1,000 learning budget').salary).toBeNull();
  });
});
