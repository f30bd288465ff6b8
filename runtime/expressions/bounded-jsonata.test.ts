import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBoundedJsonata } from './bounded-jsonata.js';

test('routing rules made of paths, comparisons, conditions and $not are in the proven-bounded fragment', () => {
  for (const rule of [
    'null',
    "channel = 'hotline-12345' ? 'hub' : null",
    "data.matterType in ['financing', 'land'] ? 'development' : (data.crossDepartment = true or channel = 'roundtable') ? 'complex' : 'department'",
    "data.applicantType = 'enterprise' and (data.registeredInZone != true or $not(data.industry in ['industrial']))",
    "'exporter' in enterprise.tags and $not('export-insurance-subsidised' in enterprise.tags)",
  ])
    assert.equal(isBoundedJsonata(rule), true, rule);
});

test('bindings, functions, filters, ranges, concatenation and regular expressions go to the budgeted worker', () => {
  for (const rule of [
    '($f := function($n){ $f($n + 1) }; $f(1))',
    '($a := data.description; $a & $a)',
    'data.items[price > 1]',
    '$count([1..10000000])',
    '$match(data.description, /(a+)+$/)',
    'data.**.x',
    '$map(data.items, function($i){ $i })',
    "data.x = 'a' ? data.y & '-' : null",
  ])
    assert.equal(isBoundedJsonata(rule), false, rule);
});
