/**
 * Tests assert the English words: every test process, and every CLI it starts, speaks English
 * whatever the machine's locale is. A test of another language passes --lang or its own locale.
 */
process.env['LC_ALL'] = 'C.UTF-8';
