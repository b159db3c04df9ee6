// A small labelled sample for the check-worthiness scorer, written for the tests (not taken from the training data):
// three made-up debate and speech excerpts, in speaking order, with the sentences a fact-checker would pick marked.
// The picked sentences come late in each excerpt and are not the longest, so neither input order nor length ranks
// them well: only a scorer that has learnt something gets a high MAP.

export type LabelledSentence = readonly [text: string, checkWorthy: 0 | 1];

export const LABELLED_SAMPLE: readonly (readonly LabelledSentence[])[] = [
  [
    ["Good evening, and thank you all for being here tonight.", 0],
    ["I want to thank the moderators and the people of this great state for their hospitality.", 0],
    ["Let me start by saying what an honour it is to stand on this stage with my opponent.", 0],
    ["You know, I have listened to families all across this country, in kitchens and in church halls.", 0],
    ["And they tell me they are worried, they are frightened about what comes next for their children.", 0],
    ["Well, I think that is just wrong, and I think the American people know it is wrong.", 0],
    ["We are going to do something about it, believe me, and we are going to do it together.", 0],
    ["Thank you, thank you so much, and I want to say hello to the 3 young people who wrote to me from Ohio.", 0],
    ["Under this administration, the national debt has doubled to more than 20 trillion dollars.", 1],
    ["That is not leadership, that is not what our parents taught us, and it is not who we are.", 0],
    ["Unemployment among veterans fell to 3.5 percent last year, the lowest rate since 1973.", 1],
    ["So I would ask each of you tonight to look into your heart and ask what kind of country you want.", 0],
  ],
  [
    ["Senator, you have 2 minutes to respond, and then the governor gets 90 seconds.", 0],
    ["Thank you, and let me say first that I respect the governor, I really do.", 0],
    ["But I have to tell you, what we heard just now was a lot of talk and not a lot of answers.", 0],
    ["People are tired of politicians who say one thing on the campaign trail and another thing in office.", 0],
    ["I will always be straight with you, and that is a promise I make to every single person watching.", 0],
    ["My opponent voted against the farm bill four times, and he cut funding for rural hospitals by 12 percent.", 1],
    ["Governor, would you like to respond?", 0],
    ["I would, and I appreciate the question, because it goes to the heart of this whole campaign.", 0],
    ["Our state created 250,000 new jobs in the last two years, more than any other state in the region.", 1],
    ["We should be proud of that, and I am proud of that, and I hope you are too.", 0],
  ],
  [
    ["It is wonderful to be back here with so many friends, so many good friends.", 0],
    ["I remember coming here years ago, and the energy in this room was incredible then, and it is incredible now.", 0],
    ["We love this city, we love this state, and we are never, ever going to let you down.", 0],
    ["Some people said it could not be done, and they were very nasty about it, very nasty.", 0],
    ["But we did it, and we did it together, and nobody can take that away from us.", 0],
    ["Crime in our largest cities dropped by 8 percent in 2017, according to the FBI.", 1],
    ["Isn't that something?", 0],
    ["China now buys 40 percent more American soybeans than it did before the trade deal was signed.", 1],
    ["My opponent voted to raise taxes on the middle class every single time he had the chance in the Senate.", 1],
    ["So we are going to keep going, we are going to keep fighting, and we are going to keep winning in 2020.", 0],
    ["God bless you all, and God bless America.", 0],
  ],
];
