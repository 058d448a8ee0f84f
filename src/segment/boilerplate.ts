/**
 * Recognises sentences that are not about the job itself: what the company is and how well it does
 * (about), equal-opportunity statements (eeo), pay and benefits (benefits). Skills named only there
 * are never requirements.
 */
export type Boilerplate = 'about' | 'eeo' | 'benefits';

const EEO =
  /\b(?:equal (?:employment )?opportunit|discriminat|affirmative action|reasonable accommodation|protected (?:veteran|characteristic|by law|status)|without regard to|regardless of (?:race|age|gender|sex|religion))/i;
const BENEFITS =
  /\b(?:(?:base )?salary (?:range|will|is|of|for|band)|pay (?:range|transparency)|compensation (?:package|range|will|is)|benefits package|eligible for (?:equity|benefits|bonus)|competitive (?:salary|salaries|compensation|pay|benefits)|health (?:insurance|care|benefits)|paid time off|\bPTO\b|401\s?\(?k\)?|parental leave|stock options|equity (?:and|package|grants?)|vacation days|medical, dental)/i;
const ABOUT =
  /\b(?:(?:world|global|industry|market)[- ](?:leader|leading)|(?:is|are) (?:widely )?(?:considered|recognized|known|regarded) (?:to be |as )?(?:one of|the|a)\b|leader in\b|pioneer(?:ed|ing|s)?\b|founded in\b|headquartered\b|learn more about\b|our (?:mission|vision|values|culture|invention|work in|products and services)|is a learning machine|(?:fortune|forbes) \d+|(?:one of the|the) (?:best|most desirable|top) (?:places|employers|companies)|we (?:are|'re) (?:a|an|the) (?:leading|fast[- ]growing|global|world|growing|dynamic|young|international|innovative|diverse)|(?:is|are) (?:a|an|the) (?:leading|fast[- ]growing|global|world's) (?:\w+ )?(?:company|provider|leader|platform|startup|firm|organization)|is at the forefront of|(?:we|company) (?:serve|serves|employ|employs) (?:over|more than|\d)|accepts applications|关于我们|公司简介)/i;

export function classifyBoilerplate(sentence: string): Boilerplate | null {
  if (sentence.length > 2000) sentence = sentence.slice(0, 2000);
  if (EEO.test(sentence)) return 'eeo';
  if (BENEFITS.test(sentence)) return 'benefits';
  if (ABOUT.test(sentence)) return 'about';
  return null;
}
