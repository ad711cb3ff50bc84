/**
 * Given names whose gender their ending does not tell (speaker.ts guesses a name in -a a woman's, any other a man's):
 * English women's names in other letters ("Karen", "Hillary", "Joanne") and men's names in -a. A pronoun resolves to
 * the last person of its gender, so "she said" after "Karen Holt" must not skip her for a woman named earlier.
 */
export const WOMEN_NOT_A = new Set(
  (
    'abigail agnes alexis alice alison allison amber amy ann anne annie april audrey avery becky bernadette beth bethany betsy betty ' +
    'beverley beverly bonnie bridget brigid brittany brooke caitlin candace candice carly carol carole caroline carolyn carrie catherine ' +
    'cathy cerys charlene charlotte cheryl chloe christine cindy claire clare colleen courtney crystal cynthia danielle dawn debbie ' +
    'deborah denise diane dianne dolores doreen doris dorothy eileen elaine eleanor elisabeth elise elizabeth ellen emily erin esther ' +
    'ethel evelyn faith frances geraldine gillian gladys grace gretchen gwen gwendolyn gwyneth hannah harriet hayley hazel heather ' +
    'heidi helen hilary hillary holly hope imogen ingrid irene iris isabel isabelle ivy jackie jacqueline jane janet janice janine ' +
    'jeanette jeanine jeanne jennifer jenny jill joan joanne jocelyn jodie jody josephine joy joyce judith judy julie juliet karen ' +
    'kate katherine kathleen kathryn kathy katie kayleigh kellyanne kim kimberley kimberly kirsten kirstjen kirsty kristen lauren ' +
    'laurie lesley lillian lindsay lindsey liz lois lorraine louise lucy lynn lynne madeleine madison maggie mairead mandy margaret ' +
    'margot marian marianne marilyn marion marjorie mary maureen maxine mazie megan meghan megyn melanie meredith michele michelle ' +
    'mildred miriam molly nadine nancy natalie nichole nicole niamh nikki olive paige pam pamela patrice patty pauline peggy penny ' +
    'phyllis rachel rhian rose rosemary ruth sadie sally sarah shannon sharon shelley shirley sian sinead siobhan stacey stacy ' +
    'stephanie sue susan suzanne sybil tammy tiffany tracey tracy valerie vivian wendy whitney yvonne zoe'
  ).split(' '),
);

export const MEN_A = new Set('joshua ezra elia luka misha pasha dima kolya petya yura grisha vanya hamza musa yahya osama issa akira'.split(' '));
