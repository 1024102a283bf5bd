if x:
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             if x:
              if x:
               if x:
                if x:
                 if x:
                  if x:
                   if x:
                    if x:
                     if x:
                      if x:
                       if x:
                        if x:
                         if x:
                          if x:
                           if x:
                            if x:
                             if x:
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
