#!/usr/bin/env python3
"""Fills unfinished entries of a Qt Linguist .ts file from TSV files.

Usage: scripts/apply-translations.py resources/translations/visit-tracker_vi.ts FILE.tsv...
       scripts/apply-translations.py --english resources/translations/visit-tracker_en.ts
       scripts/apply-translations.py --force TS FILE.tsv...   (also replaces finished entries)

With --english every unfinished entry gets its source text (plural entries
get "x(s)" as "x" and "xs"): the English file only exists for plural forms.
Each TSV line is `context<TAB>source<TAB>translation`; `\\n` and `\\t` stand for a line
break and a tab. Only entries still marked unfinished are filled, so a reviewed translation is
never overwritten. Run `cmake --build <dir> --target update_translations` first so that the
.ts file lists the new strings. Prints what it filled and what it could not find.
"""
import html
import re
import sys


def unescape_tsv(text):
    return text.replace('\\n', '\n').replace('\\t', '\t')


def xml_escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def fill_english(ts_path):
    with open(ts_path, encoding='utf-8') as f:
        text = f.read()

    def fill(m):
        message = m.group(0)
        if 'type="unfinished"' not in message:
            return message
        source = re.search(r'<source>(.*?)</source>', message, re.S).group(1)
        if 'numerus="yes"' in message:
            one = source.replace('(s)', '').replace('(es)', '')
            many = source.replace('(s)', 's').replace('(es)', 'es')
            new = ('<translation>\n            <numerusform>' + one + '</numerusform>\n'
                   '            <numerusform>' + many + '</numerusform>\n        </translation>')
        else:
            new = '<translation>' + source + '</translation>'
        return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                      lambda _: new, message, count=1, flags=re.S)

    text = re.sub(r'<message[^>]*>.*?</message>', fill, text, flags=re.S)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(text)
    print('still unfinished', len(re.findall(r'type="unfinished"', text)))


def main():
    if sys.argv[1] == '--english':
        fill_english(sys.argv[2])
        return
    force = sys.argv[1] == '--force'
    args = sys.argv[2:] if force else sys.argv[1:]
    ts_path, tsv_paths = args[0], args[1:]
    wanted = {}
    for path in tsv_paths:
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip():
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    print(f'{path}:{number}: expected 3 tab-separated fields', file=sys.stderr)
                    continue
                context, source, translation = (unescape_tsv(p) for p in parts)
                wanted[(context, source)] = translation
    with open(ts_path, encoding='utf-8') as f:
        text = f.read()

    filled = 0
    used = set()

    def fill_context(match):
        nonlocal filled
        block = match.group(0)
        context = html.unescape(re.search(r'<name>(.*?)</name>', block, re.S).group(1))

        def fill_message(m):
            nonlocal filled
            message = m.group(0)
            if 'type="unfinished"' not in message and not force:
                return message
            source = html.unescape(re.search(r'<source>(.*?)</source>', message, re.S).group(1))
            key = (context, source)
            if key not in wanted:
                return message
            used.add(key)
            filled += 1
            translation = xml_escape(wanted[key])
            if 'numerus="yes"' in message:
                new = f'<translation>\n            <numerusform>{translation}</numerusform>\n        </translation>'
            else:
                new = f'<translation>{translation}</translation>'
            return re.sub(r'<translation( type="unfinished")?>.*?</translation>|<translation type="unfinished"/>',
                          lambda _: new, message, count=1, flags=re.S)

        return re.sub(r'<message[^>]*>.*?</message>', fill_message, block, flags=re.S)

    text = re.sub(r'<context>.*?</context>', fill_context, text, flags=re.S)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(text)
    remaining = len(re.findall(r'type="unfinished"', text))
    print(f'filled {filled}; still unfinished {remaining}')
    for key in sorted(set(wanted) - used):
        print(f'not found or already done: {key[0]} | {key[1][:70]}')


if __name__ == '__main__':
    main()
