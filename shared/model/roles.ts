/**
 * Who works at the desk. The manager (locatiemanager) may do everything for the location; the
 * assistant works through the weekly approvals and may decide what needs no exception.
 */
import { z } from 'zod';

export const Role = z.enum(['manager', 'assistant']);
export type Role = z.infer<typeof Role>;

export type Actor = { userId: string; role: Role; name: string };
