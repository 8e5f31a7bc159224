/**
 * How a clause's label stands before its text in a printed or Word document.
 */

/**
 * What follows a label: nothing after a bracket, full stop or space (（１）, ２．, `(1) `), else a
 * full-width space (イ　, law-style ２　), which readers of the text need to see the label as one.
 * @param label the label as written in the rule set
 */
export function labelSeparator(label: string): string {
  return /[）)．.、」』】］\]\s　]$/u.test(label) ? '' : '　';
}
