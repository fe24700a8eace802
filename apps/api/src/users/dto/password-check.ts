import { passwordCheck } from '@sluitend/domain';
import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';

/** The domain's password policy, strength included, with the dictionaries the API always has at hand. */
export const checkPassword = passwordCheck({ core, common, english, dutch });
