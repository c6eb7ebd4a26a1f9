import { type BankDirectory, createBankDirectory } from '@paymux/otgpay';
import { PROMPTPAY, TRUEMONEY } from './methods.js';

/**
 * Names people use for the Thai e-wallet channels, for `method.channel` of `ewallet` charges
 * and `destination.bank` of `ewallet` payouts: `TrueMoney Wallet` (the label this package's
 * README shows), `True Money`, `ทรูมันนี่`; `PromptPay`, `Prompt Pay`, `พร้อมเพย์`.
 */
export const thailandWallets: BankDirectory = createBankDirectory([
  {
    code: TRUEMONEY,
    name: 'TrueMoney Wallet',
    shortName: 'TrueMoney',
    aliases: ['True Money', 'True Money Wallet', 'TMN', 'ทรูมันนี่', 'ทรูมันนี่วอลเล็ท'],
  },
  {
    code: PROMPTPAY,
    name: 'PromptPay',
    shortName: 'PromptPay',
    aliases: ['Prompt Pay', 'พร้อมเพย์'],
  },
]);
