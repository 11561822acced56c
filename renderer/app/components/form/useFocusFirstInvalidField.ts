import { useEffect, type RefObject } from 'react';

/**
 * After a submit with errors, focus the first invalid field in the order the user sees. React Hook
 * Form focuses in registration order, which differs when a child component (PersonPicker)
 * registers its fields after the parent's; forms using this set shouldFocusError: false.
 */
export function useFocusFirstInvalidField(formRef: RefObject<HTMLFormElement | null>, submitCount: number): void {
  useEffect(() => {
    if (submitCount === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, submitCount]);
}
