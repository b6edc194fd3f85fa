# Choice labels shared by several flows.

choice-info = Infos : droits, aides, le parcours
choice-talk = Parler à quelqu'un
choice-urgent = Urgence, danger
choice-youth = Jeunes et études
choice-phone = Sécurité du téléphone
choice-back = Retour au menu
choice-near = Une association près de moi
