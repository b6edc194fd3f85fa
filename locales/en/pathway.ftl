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
pathway-choice-meeting = The first meeting
pathway-choice-refused = If the commission says no

pathway-step-contact = 1. You meet an approved association. It listens to you and explains everything.
pathway-step-evaluation = 2. Together, you look at your situation and prepare a file.
pathway-step-commission = 3. The file goes to a commission of the département.
pathway-step-support = 4. If the commission says yes, the pathway starts: help with housing, health, training and work.
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
pathway-afis-559 = Careful: if you earn more than 559 € in the month before the Afis is renewed, it stops for 6 months. Talk to the association before you accept work hours.

pathway-after-end = The pathway lasts { $months } months at most. After that, the law does not plan any more support.
pathway-after-common = The aim: at the end, you can get the usual support (housing, work).
pathway-after-rsa = For the RSA (the basic income), a person from a country outside the European Union usually needs to have had a residence permit for at least 5 years.
pathway-after-association = Some associations keep supporting you after the pathway. You can ask them.

pathway-varies-criteria = Each département has its own commission. The conditions to enter the pathway are not the same everywhere.
pathway-varies-complaint = The law does not ask you to make a complaint to the police. But some commissions ask for it anyway.
pathway-varies-stop = Some commissions also ask that you have already stopped having sex for money for some time.
pathway-varies-association = The approved association in your département knows its commission. It tells you what counts where you live.

# What a first meeting is like (report, Section 1; the law asks no complaint, no prior stop).
pathway-meet-free = The first meeting with an association is free. You talk about what you want, at your own pace.
pathway-meet-conditions = You do not need to have stopped. You do not need to make a complaint to the police: the law does not ask for it.
pathway-meet-with = You can ask to come with your children or with someone you trust.
pathway-meet-interpreter = You can ask for an interpreter. Say which language you speak.
pathway-meet-secret = The team keeps what you say secret. But if a child or someone is in great danger, it may call the emergency services.

# If the commission says no (report, Section 3: acceptance from 100 % down to 50 % by département).
pathway-refused-varies = Commissions do not decide the same way everywhere. In some départements, up to half of the requests are refused.
pathway-refused-help = After a refusal, the association can go on helping you: housing, health, rights.
pathway-refused-ask = You can ask it why the commission said no, and whether a new application will be possible later.
