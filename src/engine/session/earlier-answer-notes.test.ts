import { describe, expect, it } from 'vitest';
import { earlierAnswerNotes } from './earlier-answer-notes';

const line = (c: { before: unknown }) => `Earlier answer: ${JSON.stringify(c.before)}`;

describe('earlierAnswerNotes', () => {
  it('adds the earlier answer below what the person wrote, and starts a note where there is none', () => {
    const notes = earlierAnswerNotes(
      { 'security-measures': 'Ask Sam about the NAS' },
      [
        { question: 'security-measures', before: 'partly', kept: null },
        { question: 'retention', before: 'no', kept: null },
      ],
      line,
    );
    expect(notes).toEqual({
      'security-measures': 'Ask Sam about the NAS\nEarlier answer: "partly"',
      retention: 'Earlier answer: "no"',
    });
  });

  it('leaves a note alone when the answer was carried over or the line is already there', () => {
    const changed = [
      { question: 'security-measures', before: 'dont-know', kept: ['dont-know'] },
      { question: 'retention', before: 'no', kept: null },
    ];
    expect(earlierAnswerNotes({ retention: 'x\nEarlier answer: "no"' }, changed, line)).toEqual({});
  });
});
