import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unquotedFragments } from './policy-quote.js';

const policy = `第九条  对于超出范围、违法违规、司法信访等情况不予受理，并向企业说明理由。
第十条  区企服办（企业服务专班）接到企业诉求后，按诉求的轻重缓急，选择线上、电话、现场等方式第一时间予以办理，对咨询类诉求，1个工作日内答复；`;

describe('clause quotes', () => {
  it('accepts an exact quote led by its article, whatever the spacing', () => {
    // given a clause quoted with one space after the article where the text has two
    // then nothing is missing
    assert.deepEqual(
      unquotedFragments('第九条 对于超出范围、违法违规、司法信访等情况不予受理，并向企业说明理由。', policy),
      [],
    );
  });

  it('accepts fragments joined by …… when they appear in this order', () => {
    assert.deepEqual(
      unquotedFragments('第十条 区企服办（企业服务专班）接到企业诉求后……1个工作日内答复', policy),
      [],
    );
    // when the fragments are swapped, then the second one is reported
    assert.deepEqual(unquotedFragments('1个工作日内答复……接到企业诉求后', policy), ['接到企业诉求后']);
  });

  it('reports a paraphrase', () => {
    assert.deepEqual(unquotedFragments('第十条 咨询类诉求1个工作日内答复', policy), [
      '咨询类诉求1个工作日内答复',
    ]);
  });
});
