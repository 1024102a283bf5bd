async def g():
 for x in y:
  try:
   with x:
    try:
     try:
      try:
       if x:
        for x in y:
         match x:
          case 1:
           try:
            for x in y:
             try:
              pass
             except E as e:
              with x, z:
               with x, z:
                try:
                 pass
                except* E:
                 try:
                  pass
                 except* E:
                  try:
                   pass
                  except E:
                   pass
                  else:
                   try:
                    try:
                     pass
                    except E as e:
                     try:
                      pass
                     except E:
                      pass
                   except* E:
                    pass
           finally:
            pass
      except* E:
       pass
     finally:
      pass
    except E:
     pass
    finally:
     pass
  except* E:
   pass
