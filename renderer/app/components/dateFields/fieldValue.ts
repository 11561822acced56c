import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';

/** What react-hook-form's register() hands to a control, plus what Field adds. */
export interface FieldControlProps {
  id?: string;
  name?: string;
  /** Controlled value (ISO text); leave out for an uncontrolled field (register / defaultValue). */
  value?: string;
  defaultValue?: string;
  onChange?: (event: { target: { name: string; value: string } }) => void;
  onBlur?: (event: { target: { name: string; value: string } }) => void;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  ref?: Ref<FieldHandle>;
}

/** The handle react-hook-form keeps: it reads and sets `value` and focuses the field on an error. */
export interface FieldHandle {
  name: string;
  /** Like a text input's: react-hook-form then treats the handle as a plain value field. */
  type: 'text';
  value: string;
  focus: () => void;
}

/**
 * The value of a date or time field as the ISO text the forms and schemas use ("2026-03-11", "14:00";
 * "" when empty), controlled or uncontrolled, exposed to react-hook-form like a native input.
 */
const always = () => true;

export function useFieldValue(props: FieldControlProps, isComplete: (text: string) => boolean = always) {
  // The shown value is our own; a controlled value from the parent replaces it whenever it changes.
  const [own, setOwn] = useState(props.value ?? props.defaultValue ?? '');
  const [lastProp, setLastProp] = useState(props.value);
  if (props.value !== undefined && props.value !== lastProp) {
    setLastProp(props.value);
    setOwn(props.value);
  }
  const text = own;
  const textRef = useRef(text);
  useEffect(() => {
    textRef.current = own;
  }, [own]);
  const groupRef = useRef<HTMLDivElement>(null);
  const name = props.name ?? '';

  useImperativeHandle(
    props.ref,
    () => ({
      name,
      type: 'text' as const,
      get value() {
        return isComplete(textRef.current) ? textRef.current : '';
      },
      set value(next: string) {
        if ((next ?? '') === textRef.current) return;
        textRef.current = next ?? '';
        setOwn(next ?? '');
      },
      focus() {
        groupRef.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
      },
    }),
    [name, isComplete],
  );

  const emit = (value: string) => props.onChange?.({ target: { name, value } });
  const change = (next: string) => {
    textRef.current = next;
    setOwn(next);
    // A half-typed value (the year "0202" on the way to "2025") is not handed on.
    if (next === '' || isComplete(next)) emit(next);
  };
  const blur = () => {
    // Left with a half-typed value: the form sees an empty field and says what is missing.
    if (textRef.current !== '' && !isComplete(textRef.current)) emit('');
    props.onBlur?.({ target: { name, value: isComplete(textRef.current) ? textRef.current : '' } });
  };
  return { text, change, blur, groupRef };
}

/** Field gives its label the id `<control id>-label`; the segmented fields are labelled by it. */
export function labelledBy(props: FieldControlProps): { 'aria-label'?: string; 'aria-labelledby'?: string } {
  if (props['aria-label']) return { 'aria-label': props['aria-label'] };
  return props.id ? { 'aria-labelledby': `${props.id}-label` } : {};
}
