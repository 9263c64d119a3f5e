// Styles every embeddable element starts from: the story's colour tokens (light, or dark by the
// theme attribute), and a wall against the host page. Outside CSS reaches a shadow root only
// through the host element and inherited properties, so those are reset here; `!important` in a
// shadow root's :host beats even `!important` rules of the page.
import { css, unsafeCSS } from 'lit';
import tokens from '../../styles/tokens.css?inline';

export const tokenStyles = unsafeCSS(tokens);

export const hostReset = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    padding: 0 !important;
    border: 0 !important;
    font: normal 400 var(--aksu-font-size, 16px) / 1.5 var(--font-sans) !important;
    color: var(--color-ink) !important;
    background: var(--color-paper);
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    direction: ltr !important;
    writing-mode: horizontal-tb !important;
    visibility: visible !important;
    cursor: auto !important;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([lang='en']) {
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--color-focus);
    outline-offset: 2px;
  }
`;
