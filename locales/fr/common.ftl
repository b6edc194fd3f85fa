# Choice labels shared by several flows.

choice-info = Infos : papiers, argent, logement
choice-talk = Parler à quelqu'un
choice-urgent = Urgence, danger
choice-youth = Jeunes et études
choice-phone = Sécurité du téléphone
choice-back = Retour au menu
