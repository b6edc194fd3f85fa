# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).

pathway-intro-what = There is a support programme set by French law: the "parcours de sortie de prostitution" (exit pathway).
pathway-intro-who = It is for people who have sex in exchange for money, housing or paying off a debt, and who want something else.
pathway-intro-papers = With or without papers.
pathway-intro-free = It is free. An approved association supports you. Nothing happens without your agreement.
pathway-intro-ask = What would you like to know?

pathway-choice-steps = The steps
pathway-choice-afis = Money: the Afis
pathway-choice-papers = Papers
pathway-choice-afis-talk = Talk about it with an association

pathway-step-contact = 1. You meet an approved association. It listens to you and explains everything.
pathway-step-file = 2. Together, you prepare a file.
pathway-step-commission = 3. A commission of the département reviews this file.
pathway-step-support = 4. If it agrees, the pathway begins: help with housing, health, training and work.
pathway-step-review = 5. Every { $every } months, the commission reviews how it goes with the association. The pathway lasts { $months } months at most.
pathway-step-after = Afterwards, the association helps you move to the usual benefits, like everyone else.
pathway-step-papers = If you need one, you can get a six-month residence permit, renewed during the pathway.

pathway-afis-what = The Afis is a monthly payment during the pathway, if you have no right to any other benefit.
pathway-afis-ask-children = How many dependent children do you have? Write a number, for example 0 or 2.

# $children: a number from 0 to 12. Scale: 330 € alone, plus 102 € per dependent child.
pathway-afis-amount =
    { $children ->
        [0] For one person alone: 330 € a month.
        [1] With 1 child: 432 € a month.
        [2] With 2 children: 534 € a month.
        [3] With 3 children: 636 € a month.
        [4] With 4 children: 738 € a month.
        [5] With 5 children: 840 € a month.
        [6] With 6 children: 942 € a month.
        [7] With 7 children: 1044 € a month.
        [8] With 8 children: 1146 € a month.
        [9] With 9 children: 1248 € a month.
        [10] With 10 children: 1350 € a month.
        [11] With 11 children: 1452 € a month.
        [12] With 12 children: 1554 € a month.
       *[other] 330 € a month, plus 102 € per dependent child: 636 € with 3 children, then 102 € more for each child after the third.
    }
pathway-afis-check = These amounts come from a regional report. The association checks the current amount and your rights with you.
