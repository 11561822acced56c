import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Types a date ("2026-03-11") or a time ("14:00") into a segmented date/time field as a user does with the
 * keyboard: focus the first segment, type the digits in the order shown (day, month, year). "" clears it.
 */
export async function typeDateField(label: string, value: string, container: HTMLElement = document.body): Promise<void> {
  const group = await waitFor(() => findGroup(label, container));
  const segments = [...group.querySelectorAll<HTMLElement>('[role="spinbutton"]')];
  if (value === '') {
    for (const segment of [...segments].reverse()) {
      segment.focus();
      for (let i = 0; i < 5; i += 1) await userEvent.keyboard('{Backspace}');
    }
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const digits = iso ? `${iso[3]}${iso[2]}${iso[1]}` : value.replace(':', '');
  segments[0]!.focus();
  await userEvent.keyboard(digits);
  await userEvent.tab();
}

/** The text a date/time field shows ("11.03.2026", "14:00"), without bidi marks and spaces. */
export function dateFieldText(label: string, container: HTMLElement = document.body): string {
  return (findGroup(label, container).textContent ?? '').replace(/[\s\u2066-\u2069▾]/g, '');
}

/** The field's group, found by its <label> or aria-label (role queries are slow on large screens in jsdom). */
export function findGroup(label: string, container: HTMLElement = document.body): HTMLElement {
  for (const element of container.querySelectorAll<HTMLLabelElement>('label[for]')) {
    if (element.textContent?.trim() === label) {
      const target = container.ownerDocument.getElementById(element.htmlFor);
      const group = target?.getAttribute('role') === 'group' ? target : target?.querySelector<HTMLElement>('[role="group"]');
      if (group) return group;
    }
  }
  const byAria = container.querySelector<HTMLElement>(`[role="group"][aria-label="${CSS.escape(label)}"]`);
  if (byAria) return byAria;
  throw new Error(`No date or time field labelled "${label}"`);
}
