match x:
 case 1:
  match x:
   case 1:
    match x:
     case 1:
      match x:
       case 1:
        match x:
         case 1:
          match x:
           case 1:
            match x:
             case 1:
              match x:
               case 1:
                match x:
                 case 1:
                  match x:
                   case 1:
                    match x:
                     case 1:
                      match x:
                       case 1:
                        match x:
                         case 1:
                          match x:
                           case 1:
                            match x:
                             case 1:
                              match x:
                               case 1:
                                match x:
                                 case 1:
                                  match x:
                                   case 1:
                                    match x:
                                     case 1:
                                      match x:
                                       case 1:
                                        match x:
                                         case 1:
                                          match x:
                                           case 1:
                                            match x:
                                             case 1:
                                              match x:
                                               case 1:
                                                match x:
                                                 case 1:
                                                  match x:
                                                   case 1:
                                                    match x:
                                                     case 1:
                                                      match x:
                                                       case 1:
                                                        match x:
                                                         case 1:
                                                          match x:
                                                           case 1:
                                                            for x in y:
                                                             for x in y:
                                                              for x in y:
                                                               for x in y:
                                                                for x in y:
                                                                 for x in y:
                                                                  for x in y:
                                                                   for x in y:
                                                                    for x in y:
                                                                     for x in y:
                                                                      for x in y:
                                                                       for x in y:
                                                                        for x in y:
                                                                         for x in y:
                                                                          for x in y:
                                                                           for x in y:
                                                                            for x in y:
                                                                             for x in y:
                                                                              for x in y:
                                                                               for x in y:
                                                                                pass
