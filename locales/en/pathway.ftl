# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).

pathway-intro-what = There is support set out in the law of 13 April 2016: the "parcours de sortie de prostitution" (exit pathway).
pathway-intro-who = It is for people who have sex in exchange for money or housing, or to pay a debt, and who want something else.
pathway-intro-papers = With or without papers. But some commissions refuse people who are asking for asylum or who have an OQTF (an order to leave France).
pathway-intro-free = It is free. An approved association supports you. Nothing happens without your agreement.
pathway-intro-ask = What would you like to know?

pathway-choice-steps = The steps
pathway-choice-afis = Money: the Afis
pathway-choice-after = After the pathway
pathway-choice-varies = What changes by département

pathway-step-contact = 1. You meet an approved association. It listens to you and explains everything.
pathway-step-evaluation = 2. Together, you look at your situation and prepare a file.
pathway-step-commission = 3. The file goes to a commission of the département.
pathway-step-support = 4. If the commission says yes, the pathway starts: help with housing, health, training and work.
pathway-step-afis = The Afis, a money allowance, is paid if you have no right to any other benefit.
pathway-step-papers = If you need one, you can ask for a 6-month residence permit. It is not automatic: even if the commission says yes, the prefect decides.
pathway-step-review = Every { $every } months, the commission looks at how things are going with the association. The pathway lasts { $months } months at most.

pathway-afis-what = The Afis is money paid every month during the pathway, if you have no right to any other benefit.
pathway-afis-table = Per month: 330 € alone, 432 € with 1 child, 534 € with 2, 636 € with 3, then 102 € more for each child.
pathway-afis-ask-children = How many children depend on you? Write a number, for example 0 or 2.

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
       *[other] 330 € a month, plus 102 € for each child who depends on you.
    }
pathway-afis-check = These amounts come from a regional report. The association checks the current amount and your rights with you.

pathway-after-end = The pathway lasts { $months } months at most. The law plans nothing after that.
pathway-after-common = The aim: at the end, you can get the usual support, like everyone else (housing, RSA basic income, work).
pathway-after-association = Some associations keep supporting you after the pathway. You can ask them.

pathway-varies-criteria = Each département has its own commission. The conditions to enter the pathway are not the same everywhere.
pathway-varies-complaint = The law does not ask you to make a complaint to the police. But some commissions ask for it anyway.
pathway-varies-stop = Some commissions also ask that you have already stopped prostitution for some time.
pathway-varies-association = The approved association in your département knows its commission. It tells you what counts where you live.
