/**
 * The contact form's values and their validation: name, email, optional phone, required terms
 * consent, marketing opt-in (off unless the shopper ticks it). Pure: no DOM.
 */
import type { Consent, Customer } from '../../client/types.js';

export interface ContactInput {
  name: string;
  email: string;
  phone: string;
  terms: boolean;
  marketing: boolean;
}

export type ContactField = 'name' | 'email' | 'phone' | 'terms';
export type ContactProblem = 'required' | 'invalid' | 'too-long';
export type ContactErrors = Partial<Record<ContactField, ContactProblem>>;

export type ContactResult =
  | { valid: true; errors: ContactErrors; customer: Customer; consent: Consent }
  | { valid: false; errors: ContactErrors };

export const CONTACT_FIELDS: readonly ContactField[] = ['name', 'email', 'phone', 'terms'];

/** The longest name and e-mail address taken, in characters (code points, as JSON Schema counts). */
export const MAX_LENGTH = { name: 100, email: 254 } as const;
const length = (v: string) => [...v].length;
// One @, something on both sides, a dot in the domain, no spaces: what a shopper can fix.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// Digits with the usual separators, optional leading +; 6 to 15 digits (E.164 has at most 15).
const PHONE = /^\+?[\d\s().-]+$/;

export function emptyContact(name = '', email = ''): ContactInput {
  return { name, email, phone: '', terms: false, marketing: false };
}

export function validateField(
  field: ContactField,
  input: ContactInput,
): ContactProblem | undefined {
  switch (field) {
    case 'name': {
      const v = input.name.trim();
      if (!v) return 'required';
      return length(v) > MAX_LENGTH.name ? 'too-long' : undefined;
    }
    case 'email': {
      const v = input.email.trim();
      if (!v) return 'required';
      if (length(v) > MAX_LENGTH.email) return 'too-long';
      return EMAIL.test(v) ? undefined : 'invalid';
    }
    case 'phone': {
      const v = input.phone.trim();
      if (!v) return undefined;
      const digits = v.replace(/\D/g, '').length;
      return PHONE.test(v) && digits >= 6 && digits <= 15 ? undefined : 'invalid';
    }
    case 'terms':
      return input.terms ? undefined : 'required';
  }
}

export function validateContact(input: ContactInput): ContactResult {
  const errors: ContactErrors = {};
  for (const field of CONTACT_FIELDS) {
    const problem = validateField(field, input);
    if (problem) errors[field] = problem;
  }
  if (Object.keys(errors).length) return { valid: false, errors };
  const phone = input.phone.trim();
  const customer: Customer = { name: input.name.trim(), email: input.email.trim() };
  if (phone) customer.phone = phone;
  return {
    valid: true,
    errors,
    customer,
    consent: { terms: input.terms, marketing: input.marketing },
  };
}
